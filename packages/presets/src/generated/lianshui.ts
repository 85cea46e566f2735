/* Generated from the lianshui preset by scripts/build-presets.ts. Do not edit by hand. */
import type { BuiltinPayloads, TypedDefinition } from '@luzhi/engine';
import definition0 from './json/lianshui/consultation.json' with { type: 'json' };
import definition1 from './json/lianshui/proposal.json' with { type: 'json' };

/**
 * 协商议事（涟水：常委会协商成果转化票评） · Consultation (Lianshui: the standing committee votes on each result): the instance data (实例数据).
 */
export interface LianshuiConsultationData {
  topic?: string;
  background?: string;
  category?: '经济发展' | '社会民生' | '城乡建设' | '生态环境' | '基层治理' | '其他';
  proposerKind?: '党政负责人' | '政协委员' | '界别' | '协商议事室' | '群众';
  proposerName?: string;
  declineReason?: string;
  convener?: string;
  agreedTopic?: string;
  aims?: string;
  dropReason?: string;
  researchSummary?: string;
  format?: '线下协商' | '云协商';
  invitedMembers?: string[];
  opinionMembers?: string[];
  memberOpinions?: string[];
  publicOpinions?: {
    source?: '利益相关方' | '群众代表';
    name?: string;
    opinion?: string;
    [k: string]: unknown;
  }[];
  meeting?: {
    date?: string;
    place?: string;
    attendance?: string;
    summary?: string;
    [k: string]: unknown;
  };
  results?: {
    unit?: string;
    item?: string;
    [k: string]: unknown;
  }[];
  completedUnits?: string[];
  completionReports?: string[];
  urgeCount?: number;
  feedback?: string;
  reworkCount?: number;
  proposalsStarted?: number;
  dueItems?: {
    unit: string;
    item: string;
  }[];
  reportedDue?: {
    unit: string;
    item: string;
  }[];
  voteItems?: string[];
  itemReports?: {
    item?: string;
    outcome?: string;
    [k: string]: unknown;
  }[];
  standingMembers?: string[];
  voteMeeting?: string;
  voteDate?: string;
  tally?: {
    [k: string]: unknown;
  };
  voteRounds?: {
    [k: string]: unknown;
  }[];
  closedItems?: {
    [k: string]: unknown;
  }[];
  returnedItems?: string[];
  reworkItems?: {
    unit: string;
    item: string;
  }[];
  reworkRequirements?: {
    item?: string;
    requirement?: string;
    [k: string]: unknown;
  }[];
  [k: string]: unknown;
}

/**
 * Form "completion" (表单): 落实情况 · What was done.
 */
export interface LianshuiConsultationCompletionPayload {
  /**
   * 落实情况
   */
  outcome: string;
}

/**
 * Form "convener" (表单): 确定召集人 · Name the convener.
 */
export interface LianshuiConsultationConvenerPayload {
  /**
   * 召集人（政协方面，用户标识）
   */
  convener: string;
}

/**
 * Form "declineTopic" (表单): 不予受理荐题 · Decline the topic.
 */
export interface LianshuiConsultationDeclineTopicPayload {
  /**
   * 不予受理的理由
   */
  reason: string;
}

/**
 * Form "dropTopic" (表单): 不予立题 · Do not fix the topic.
 */
export interface LianshuiConsultationDropTopicPayload {
  /**
   * 不予立题的理由
   */
  reason: string;
}

/**
 * Form "feedback" (表单): 反馈协商成果落实情况 · Feedback to the participants.
 */
export interface LianshuiConsultationFeedbackPayload {
  /**
   * 反馈内容
   */
  feedback: string;
}

/**
 * Form "itemCompletion" (表单): 逐条报告落实情况 · Report on one item.
 */
export interface LianshuiConsultationItemCompletionPayload {
  /**
   * 成果事项（照清单原文）
   */
  item: string;
  /**
   * 落实情况
   */
  outcome: string;
}

/**
 * Form "meeting" (表单): 线下协商记录 · Record of the meeting.
 */
export interface LianshuiConsultationMeetingPayload {
  /**
   * 协商日期
   */
  date: string;
  /**
   * 地点（协商议事室）
   */
  place: string;
  /**
   * 参加人员（委员、利益相关方、群众代表、部门负责人）
   */
  attendance: string;
  /**
   * 协商情况与主要意见
   */
  summary: string;
}

/**
 * Form "opinion" (表单): 发表意见 · Give an opinion.
 */
export interface LianshuiConsultationOpinionPayload {
  /**
   * 意见建议
   */
  opinion: string;
}

/**
 * Form "plan" (表单): 立题方案 · Topic plan.
 */
export interface LianshuiConsultationPlanPayload {
  /**
   * 协商议题
   */
  agreedTopic: string;
  /**
   * 协商目标与范围
   */
  aims: string;
}

/**
 * Form "publicOpinion" (表单): 录入利益相关方、群众代表意见 · Record a stakeholder's or resident's opinion.
 */
export interface LianshuiConsultationPublicOpinionPayload {
  /**
   * 意见来源
   */
  source: '利益相关方' | '群众代表';
  /**
   * 姓名或单位（可不填）
   */
  name?: string;
  /**
   * 意见建议
   */
  opinion: string;
}

/**
 * Form "recommend" (表单): 荐题 · Propose a topic.
 */
export interface LianshuiConsultationRecommendPayload {
  /**
   * 议题
   */
  topic: string;
  /**
   * 问题与背景
   */
  background: string;
  /**
   * 类别
   */
  category: '经济发展' | '社会民生' | '城乡建设' | '生态环境' | '基层治理' | '其他';
  /**
   * 荐题方
   */
  proposerKind: '党政负责人' | '政协委员' | '界别' | '协商议事室' | '群众';
  /**
   * 荐题人或单位
   */
  proposerName: string;
}

/**
 * Form "research" (表单): 调研情况与协商形式 · Research and the form of consultation.
 */
export interface LianshuiConsultationResearchPayload {
  /**
   * 调研情况
   */
  summary: string;
  /**
   * 协商形式
   */
  format: '线下协商' | '云协商';
  /**
   * 受邀发表意见的委员（用户标识，云协商时必填，最多 200 人）
   */
  invitedMembers?: string[];
}

/**
 * Form "results" (表单): 协商成果清单 · Results list.
 */
export interface LianshuiConsultationResultsPayload {
  /**
   * 成果事项（每条建议一项，写明责任单位；同一单位同一事项不重复，最多 50 项）
   */
  results: {
    /**
     * 责任单位
     */
    unit: string;
    /**
     * 成果事项
     */
    item: string;
  }[];
}

/**
 * Form "returnItem" (表单): 发回整改 · Send back for rework.
 */
export interface LianshuiConsultationReturnItemPayload {
  /**
   * 未通过的成果事项（照清单原文）
   */
  item: string;
  /**
   * 整改要求
   */
  requirement: string;
}

/**
 * Form "returnToUnit" (表单): 退回重新落实 · Send back to the unit.
 */
export interface LianshuiConsultationReturnToUnitPayload {
  /**
   * 退回理由
   */
  reason: string;
}

/**
 * Form "toProposal" (表单): 协商成果转为提案 · Turn a result into a proposal.
 */
export interface LianshuiConsultationToProposalPayload {
  /**
   * 第一提案人（委员的用户标识）
   */
  proposer: string;
  /**
   * 提案案由
   */
  title: string;
  /**
   * 建议
   */
  suggestions: string;
}

/**
 * Form "voteSetup" (表单): 安排常委会票评 · Arrange the standing committee's vote.
 */
export interface LianshuiConsultationVoteSetupPayload {
  /**
   * 会议（如“县政协常委会第十二次会议”）
   */
  meeting: string;
  /**
   * 会议日期
   */
  date: string;
  /**
   * 参加票评的常委（用户标识，只在第一次票评时填写，最多 200 人）
   */
  members?: string[];
}

/**
 * 协商议事（涟水：常委会协商成果转化票评） · Consultation (Lianshui: the standing committee votes on each result): each action (动作) with the payload its form takes; undefined for an action without a form.
 */
export interface LianshuiConsultationCommands {
  recommend: LianshuiConsultationRecommendPayload;
  acceptTopic: LianshuiConsultationConvenerPayload;
  declineTopic: LianshuiConsultationDeclineTopicPayload;
  draftPlan: LianshuiConsultationPlanPayload;
  dropTopic: LianshuiConsultationDropTopicPayload;
  finishResearch: LianshuiConsultationResearchPayload;
  recordMeeting: LianshuiConsultationMeetingPayload;
  giveOpinion: LianshuiConsultationOpinionPayload;
  recordOpinion: LianshuiConsultationPublicOpinionPayload;
  issueResults: LianshuiConsultationResultsPayload;
  urge: undefined;
  toProposal: LianshuiConsultationToProposalPayload;
  reportItem: LianshuiConsultationItemCompletionPayload;
  acceptCompletion: undefined;
  returnToUnit: LianshuiConsultationReturnToUnitPayload;
  reportRevision: LianshuiConsultationCompletionPayload;
  sendFeedback: LianshuiConsultationFeedbackPayload;
  scheduleVote: LianshuiConsultationVoteSetupPayload;
  archive: undefined;
  returnItem: LianshuiConsultationReturnItemPayload;
  extendDeadline: BuiltinPayloads['extendDeadline'];
  addBranch: BuiltinPayloads['addBranch'];
  removeBranch: BuiltinPayloads['removeBranch'];
  castVote: BuiltinPayloads['castVote'];
  closeBallot: BuiltinPayloads['closeBallot'];
  transferRole: BuiltinPayloads['transferRole'];
}

/**
 * 协商议事（涟水：常委会协商成果转化票评） · Consultation (Lianshui: the standing committee votes on each result) (consultation, version 2): its types, for typedEngine.
 */
export interface LianshuiConsultationWorkflow {
  id: 'consultation';
  data: LianshuiConsultationData;
  commands: LianshuiConsultationCommands;
}

/**
 * The definition of consultation, carrying its types.
 */
export type LianshuiConsultationDefinition = TypedDefinition<LianshuiConsultationWorkflow>;

/**
 * 提案办理（涟水：提案交办会，县委、县政府主要领导督办重点提案，“绿、黄、红”三色管理） · Proposal handling (Lianshui: the assignment meeting, key proposals supervised by the county's principal leaders, green-yellow-red management): the instance data (实例数据).
 */
export interface LianshuiProposalData {
  proposer?: string;
  title?: string;
  category?: string;
  situation?: string;
  suggestions?: string;
  submittedAs?: string;
  session?: string;
  suggestedLeadUnit?: string;
  suggestedCoUnits?: string[];
  coSigners?: string[];
  confirmedCoSigners?: string[];
  returnReason?: string;
  notFiledGround?: string;
  notFiledReason?: string;
  referenceUnit?: string;
  conversion?: '社情民意信息' | '委员来信' | '不同意' | '未转化';
  mergedInto?: string;
  mergeReason?: string;
  keyProposal?: boolean;
  leadOfficial?: string;
  leaderKind?: string;
  councilApproval?: string;
  mode?: '单办' | '分办' | '会办' | '并案';
  leadUnit?: string;
  coUnits?: string[];
  units?: string[];
  objections?: {
    reason?: string;
    suggestedUnit?: string;
    [k: string]: unknown;
  }[];
  objectingUnits?: string[];
  consultations?: {
    method?: string;
    date?: string;
    summary?: string;
    [k: string]: unknown;
  }[];
  consultedUnits?: string[];
  opinions?: {
    opinion?: string;
    [k: string]: unknown;
  }[];
  opinionUnits?: string[];
  extensionReason?: string;
  progressReports?: {
    summary?: string;
    [k: string]: unknown;
  }[];
  reminders?: number;
  instructions?: {
    instruction?: string;
    [k: string]: unknown;
  }[];
  replies?: {
    replyClass?: 'A' | 'B' | 'C';
    reply?: string;
    signedOffBy?: string;
    consulted?: string;
    headAttended?: boolean;
    [k: string]: unknown;
  }[];
  repliedUnits?: string[];
  returnReplyReason?: string;
  reclassifications?: {
    unit?: string;
    replyClass?: 'A' | 'B' | 'C';
    reason?: string;
    [k: string]: unknown;
  }[];
  satisfaction?: '满意' | '基本满意' | '不满意';
  evaluationComment?: string;
  visited?: string;
  rehandleCount?: number;
  coSignerViews?: {
    satisfaction?: '满意' | '基本满意' | '不满意';
    visited?: string;
    comment?: string;
    [k: string]: unknown;
  }[];
  coSignerViewBy?: string[];
  colourMark?: '黄' | '红';
  leaderPost?: '县委书记' | '县长';
  assignmentOccasion?: '提案交办会' | '会后重新交办';
  assignmentMeeting?: string;
  [k: string]: unknown;
}

/**
 * Form "assign" (表单): 交办（提案交办会） · Assign (at the assignment meeting).
 */
export type LianshuiProposalAssignPayload = {
  /**
   * 办理方式
   */
  mode: '单办' | '分办' | '会办';
  /**
   * 主办单位（单办、会办）
   */
  leadUnit?: string;
  /**
   * 会办单位（会办）
   */
  coUnits?: string[];
  /**
   * 分办单位（分办，各自答复）
   */
  splitUnits?: string[];
  /**
   * 交办场合
   */
  occasion: '提案交办会' | '会后重新交办';
  /**
   * 交办会名称及日期（会后重新交办时写明交办机关的决定）
   */
  meeting: string;
};

/**
 * Form "assignMerged" (表单): 并案交办 · Assign a merged proposal.
 */
export interface LianshuiProposalAssignMergedPayload {
  /**
   * 主提案的主办单位
   */
  leadUnit: string;
}

/**
 * Form "consultation" (表单): 办前面商记录 · Consultation before handling.
 */
export interface LianshuiProposalConsultationPayload {
  /**
   * 面商方式
   */
  method: '面谈' | '座谈会' | '走访' | '电话' | '委员本人提出不需要面商';
  /**
   * 面商日期
   */
  date: string;
  /**
   * 面商情况
   */
  summary: string;
}

/**
 * Form "decline" (表单): 谢绝联名 · Decline to co-sign.
 */
export interface LianshuiProposalDeclinePayload {
  /**
   * 谢绝理由
   */
  reason?: string;
}

/**
 * Form "evaluate" (表单): 提案办理意见反馈 · Proposer's feedback.
 */
export interface LianshuiProposalEvaluatePayload {
  /**
   * 办理结果评价
   */
  satisfaction: '满意' | '基本满意' | '不满意';
  /**
   * 走访情况
   */
  visited?: '已走访' | '委员本人提出不需要走访' | '未走访';
  /**
   * 意见和建议
   */
  comment?: string;
}

/**
 * Form "extensionRequest" (表单): 申请延期 · Ask for an extension.
 */
export interface LianshuiProposalExtensionRequestPayload {
  /**
   * 延期理由
   */
  reason: string;
}

/**
 * Form "instruction" (表单): 督办意见 · Supervision opinion.
 */
export interface LianshuiProposalInstructionPayload {
  /**
   * 督办意见
   */
  instruction: string;
}

/**
 * Form "markKey" (表单): 交办会上确定重点提案和督办的县领导 · Key proposal: the county leader who supervises it.
 */
export interface LianshuiProposalMarkKeyPayload {
  /**
   * 督办的县领导（用户标识）
   */
  leadOfficial: string;
  /**
   * 职务
   */
  leaderPost: '县委书记' | '县长';
  /**
   * 主席会议确定重点提案的会议及日期
   */
  councilApproval: string;
}

/**
 * Form "merge" (表单): 并案 · Merge into another proposal.
 */
export interface LianshuiProposalMergePayload {
  /**
   * 主提案编号
   */
  mainProposal: string;
  /**
   * 并案理由
   */
  reason: string;
}

/**
 * Form "notFiled" (表单): 不予立案 · Do not file.
 */
export interface LianshuiProposalNotFiledPayload {
  /**
   * 不立案情形
   */
  ground:
    | '涉及国家秘密'
    | '涉及党内人事问题'
    | '已进入诉讼或仲裁程序'
    | '属学术争论'
    | '属个人或家庭事务'
    | '宣传推介产品'
    | '点名指控'
    | '内容空泛';
  /**
   * 向提案人说明的理由
   */
  reason: string;
  /**
   * 征求提案人意见，可否转为社情民意信息或委员来信
   */
  offerConversion: boolean;
  /**
   * 送有关单位参考
   */
  referenceUnit?: string;
}

/**
 * Form "objection" (表单): 交办异议 · Objection to the assignment.
 */
export interface LianshuiProposalObjectionPayload {
  /**
   * 异议理由
   */
  reason: string;
  /**
   * 建议承办单位
   */
  suggestedUnit: string;
}

/**
 * Form "opinion" (表单): 会办意见 · Co-handler's opinion.
 */
export interface LianshuiProposalOpinionPayload {
  /**
   * 会办意见（送主办单位）
   */
  opinion: string;
}

/**
 * Form "progress" (表单): 办中沟通 · Progress report.
 */
export interface LianshuiProposalProgressPayload {
  /**
   * 办理进展
   */
  summary: string;
}

/**
 * Form "reclassify" (表单): 调整答复类别 · Change the reply class.
 */
export interface LianshuiProposalReclassifyPayload {
  /**
   * 答复单位
   */
  unit: string;
  /**
   * 审核后的答复类别
   */
  replyClass: 'A' | 'B' | 'C';
  /**
   * 调整理由
   */
  reason: string;
}

/**
 * Form "reply" (表单): 答复提案人 · Reply to the proposer.
 */
export interface LianshuiProposalReplyPayload {
  /**
   * 答复类别
   */
  replyClass: 'A' | 'B' | 'C';
  /**
   * 答复内容（逐条答复）
   */
  reply: string;
  /**
   * 审签的分管领导
   */
  signedOffBy: string;
  /**
   * 与提案人沟通方式
   */
  consulted: '面谈' | '座谈会' | '走访' | '电话' | '邮件' | '书信' | '未联系';
  /**
   * 单位主要领导参加沟通
   */
  headAttended?: boolean;
}

/**
 * Form "returnForRevision" (表单): 退回修改 · Return for revision.
 */
export interface LianshuiProposalReturnForRevisionPayload {
  /**
   * 退回理由
   */
  reason: string;
}

/**
 * Form "returnReply" (表单): 退回重办 · Send the reply back.
 */
export interface LianshuiProposalReturnReplyPayload {
  /**
   * 退回理由
   */
  reason: string;
}

/**
 * Form "submit" (表单): 提交提案 · Submit the proposal.
 */
export interface LianshuiProposalSubmitPayload {
  /**
   * 案由
   */
  title: string;
  /**
   * 类别
   */
  category: '经济建设' | '社会事业' | '城乡建设' | '生态环境' | '政治法律' | '其他';
  /**
   * 情况与分析
   */
  situation: string;
  /**
   * 具体建议
   */
  suggestions: string;
  /**
   * 提案者
   */
  submittedAs: '委员' | '党派' | '人民团体' | '专委会' | '界别' | '小组' | '联组';
  /**
   * 提案类型
   */
  session: '大会提案' | '平时提案';
  /**
   * 联名委员
   *
   * 受邀联名的委员（用户标识），不含本人，最多 30 人
   */
  coSigners?: string[];
  /**
   * 建议主办单位
   */
  suggestedLeadUnit?: string;
  /**
   * 建议会办单位
   */
  suggestedCoUnits?: string[];
}

/**
 * 提案办理（涟水：提案交办会，县委、县政府主要领导督办重点提案，“绿、黄、红”三色管理） · Proposal handling (Lianshui: the assignment meeting, key proposals supervised by the county's principal leaders, green-yellow-red management): each action (动作) with the payload its form takes; undefined for an action without a form.
 */
export interface LianshuiProposalCommands {
  submit: LianshuiProposalSubmitPayload;
  discard: undefined;
  withdraw: undefined;
  confirm: undefined;
  decline: LianshuiProposalDeclinePayload;
  accept: undefined;
  reject: LianshuiProposalNotFiledPayload;
  merge: LianshuiProposalMergePayload;
  returnForRevision: LianshuiProposalReturnForRevisionPayload;
  consentToReport: undefined;
  consentToLetter: undefined;
  declineConversion: undefined;
  assignMerged: LianshuiProposalAssignMergedPayload;
  replyMerged: LianshuiProposalReplyPayload;
  assign: LianshuiProposalAssignPayload;
  markKey: LianshuiProposalMarkKeyPayload;
  signFor: undefined;
  objectAssignment: LianshuiProposalObjectionPayload;
  reportProgress: LianshuiProposalProgressPayload;
  applyExtension: LianshuiProposalExtensionRequestPayload;
  recordConsultation: LianshuiProposalConsultationPayload;
  reply: LianshuiProposalReplyPayload;
  sendOpinion: LianshuiProposalOpinionPayload;
  remind: undefined;
  instruct: LianshuiProposalInstructionPayload;
  approveReply: undefined;
  reclassify: LianshuiProposalReclassifyPayload;
  returnReply: LianshuiProposalReturnReplyPayload;
  closeSupervision: undefined;
  sendBack: LianshuiProposalReturnReplyPayload;
  evaluate: LianshuiProposalEvaluatePayload;
  giveView: LianshuiProposalEvaluatePayload;
  replyAgain: LianshuiProposalReplyPayload;
  extendDeadline: BuiltinPayloads['extendDeadline'];
  transferRole: BuiltinPayloads['transferRole'];
}

/**
 * 提案办理（涟水：提案交办会，县委、县政府主要领导督办重点提案，“绿、黄、红”三色管理） · Proposal handling (Lianshui: the assignment meeting, key proposals supervised by the county's principal leaders, green-yellow-red management) (proposal, version 2): its types, for typedEngine.
 */
export interface LianshuiProposalWorkflow {
  id: 'proposal';
  data: LianshuiProposalData;
  commands: LianshuiProposalCommands;
}

/**
 * The definition of proposal, carrying its types.
 */
export type LianshuiProposalDefinition = TypedDefinition<LianshuiProposalWorkflow>;

/**
 * The definitions, by id, each typed with its types.
 */
export const lianshui = {
  consultation: definition0 as unknown as LianshuiConsultationDefinition,
  proposal: definition1 as unknown as LianshuiProposalDefinition,
} as const;
