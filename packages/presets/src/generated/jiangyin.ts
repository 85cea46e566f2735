/* Generated from the jiangyin preset by scripts/build-presets.ts. Do not edit by hand. */
import type { BuiltinPayloads, TypedDefinition } from '@luzhi/engine';
import definition0 from './json/jiangyin/consultation.json' with { type: 'json' };
import definition1 from './json/jiangyin/micro-proposal.json' with { type: 'json' };
import definition2 from './json/jiangyin/proposal.json' with { type: 'json' };

/**
 * 协商议事（江阴：专题协商、界别协商、对口协商、提案办理协商） · Consultation (Jiangyin: thematic, sector, counterpart and proposal-handling consultations): the instance data (实例数据).
 */
export interface JiangyinConsultationData {
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
  evaluation?: '满意' | '基本满意' | '不满意';
  evaluationComment?: string;
  reworkCount?: number;
  proposalsStarted?: number;
  consultationType?: '专题协商' | '界别协商' | '对口协商' | '提案办理协商';
  sector?: string;
  committee?: string;
  counterpartDepartment?: string;
  proposalRef?: string;
  handlingUnit?: string;
  handlingBrief?: string;
  [k: string]: unknown;
}

/**
 * Form "completion" (表单): 落实情况 · What was done.
 */
export interface JiangyinConsultationCompletionPayload {
  /**
   * 落实情况
   */
  outcome: string;
}

/**
 * Form "convener" (表单): 受理：确定协商类型和召集人 · Take it in: the kind of consultation and the convener.
 */
export type JiangyinConsultationConvenerPayload = {
  /**
   * 召集人（政协方面，用户标识）
   */
  convener: string;
  /**
   * 协商类型
   */
  consultationType: '专题协商' | '界别协商' | '对口协商' | '提案办理协商';
  /**
   * 界别（界别协商）
   */
  sector?: string;
  /**
   * 专委会（对口协商）
   */
  committee?: string;
  /**
   * 对口的党政部门（对口协商，单位标识）
   */
  counterpartDepartment?: string;
  /**
   * 所涉提案（实例标识或提案编号，提案办理协商）
   */
  proposalRef?: string;
  /**
   * 提案承办单位（提案办理协商，单位标识）
   */
  handlingUnit?: string;
};

/**
 * Form "declineTopic" (表单): 不予受理荐题 · Decline the topic.
 */
export interface JiangyinConsultationDeclineTopicPayload {
  /**
   * 不予受理的理由
   */
  reason: string;
}

/**
 * Form "dropTopic" (表单): 不予立题 · Do not fix the topic.
 */
export interface JiangyinConsultationDropTopicPayload {
  /**
   * 不予立题的理由
   */
  reason: string;
}

/**
 * Form "evaluate" (表单): 评价协商成效 · Evaluate the outcome.
 */
export interface JiangyinConsultationEvaluatePayload {
  /**
   * 成效评价
   */
  evaluation: '满意' | '基本满意' | '不满意';
  /**
   * 评价意见
   */
  comment?: string;
}

/**
 * Form "feedback" (表单): 反馈协商成果落实情况 · Feedback to the participants.
 */
export interface JiangyinConsultationFeedbackPayload {
  /**
   * 反馈内容
   */
  feedback: string;
}

/**
 * Form "handlingBrief" (表单): 提案办理情况通报 · Briefing on the proposal's handling.
 */
export interface JiangyinConsultationHandlingBriefPayload {
  /**
   * 提案办理情况
   */
  brief: string;
}

/**
 * Form "meeting" (表单): 线下协商记录 · Record of the meeting.
 */
export interface JiangyinConsultationMeetingPayload {
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
export interface JiangyinConsultationOpinionPayload {
  /**
   * 意见建议
   */
  opinion: string;
}

/**
 * Form "plan" (表单): 立题方案 · Topic plan.
 */
export interface JiangyinConsultationPlanPayload {
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
export interface JiangyinConsultationPublicOpinionPayload {
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
export interface JiangyinConsultationRecommendPayload {
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
export interface JiangyinConsultationResearchPayload {
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
export interface JiangyinConsultationResultsPayload {
  /**
   * 成果事项（每项写明责任单位；同一单位的多项由该单位一并落实，最多 50 项）
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
 * Form "returnToUnit" (表单): 退回重新落实 · Send back to the unit.
 */
export interface JiangyinConsultationReturnToUnitPayload {
  /**
   * 退回理由
   */
  reason: string;
}

/**
 * Form "toProposal" (表单): 协商成果转为提案 · Turn a result into a proposal.
 */
export interface JiangyinConsultationToProposalPayload {
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
 * 协商议事（江阴：专题协商、界别协商、对口协商、提案办理协商） · Consultation (Jiangyin: thematic, sector, counterpart and proposal-handling consultations): each action (动作) with the payload its form takes; undefined for an action without a form.
 */
export interface JiangyinConsultationCommands {
  recommend: JiangyinConsultationRecommendPayload;
  acceptTopic: JiangyinConsultationConvenerPayload;
  declineTopic: JiangyinConsultationDeclineTopicPayload;
  draftPlan: JiangyinConsultationPlanPayload;
  dropTopic: JiangyinConsultationDropTopicPayload;
  finishResearch: JiangyinConsultationResearchPayload;
  briefOnHandling: JiangyinConsultationHandlingBriefPayload;
  recordMeeting: JiangyinConsultationMeetingPayload;
  giveOpinion: JiangyinConsultationOpinionPayload;
  recordOpinion: JiangyinConsultationPublicOpinionPayload;
  issueResults: JiangyinConsultationResultsPayload;
  urge: undefined;
  toProposal: JiangyinConsultationToProposalPayload;
  reportCompletion: JiangyinConsultationCompletionPayload;
  acceptCompletion: undefined;
  returnToUnit: JiangyinConsultationReturnToUnitPayload;
  sendFeedback: JiangyinConsultationFeedbackPayload;
  evaluate: JiangyinConsultationEvaluatePayload;
  archive: undefined;
  extendDeadline: BuiltinPayloads['extendDeadline'];
  addBranch: BuiltinPayloads['addBranch'];
  removeBranch: BuiltinPayloads['removeBranch'];
  transferRole: BuiltinPayloads['transferRole'];
}

/**
 * 协商议事（江阴：专题协商、界别协商、对口协商、提案办理协商） · Consultation (Jiangyin: thematic, sector, counterpart and proposal-handling consultations) (consultation, version 2): its types, for typedEngine.
 */
export interface JiangyinConsultationWorkflow {
  id: 'consultation';
  data: JiangyinConsultationData;
  commands: JiangyinConsultationCommands;
}

/**
 * The definition of consultation, carrying its types.
 */
export type JiangyinConsultationDefinition = TypedDefinition<JiangyinConsultationWorkflow>;

/**
 * “5+23”年度“有事好商量”民生微提案办理 · “5+23” annual livelihood micro-proposals (有事好商量): the instance data (实例数据).
 */
export interface JiangyinMicroProposalData {
  year?: number;
  programmePart?: '5' | '23';
  title?: string;
  town?: string;
  room?: string;
  situation?: string;
  suggestion?: string;
  acceptedBy?: string;
  proposer?: string;
  declineReason?: string;
  referTo?: '转为提案' | '转为社情民意信息' | '不再办理';
  consultedOn?: string;
  participants?: string;
  consensus?: string;
  handlingUnit?: string;
  assignmentObjections?: number;
  objectionReason?: string;
  withdrawReason?: string;
  redirectReason?: string;
  replyClass?: 'A' | 'B' | 'C';
  reply?: string;
  satisfaction?: '满意' | '基本满意' | '不满意';
  comment?: string;
  rehandleCount?: number;
  [k: string]: unknown;
}

/**
 * Form "consult" (表单): 安排协商议事 · Arrange a deliberation.
 */
export interface JiangyinMicroProposalConsultPayload {
  /**
   * 协商议事室
   */
  room: string;
}

/**
 * Form "consultationRecord" (表单): 协商议事记录 · Record of the deliberation.
 */
export interface JiangyinMicroProposalConsultationRecordPayload {
  /**
   * 协商日期
   */
  heldOn: string;
  /**
   * 参加人员（委员、部门、群众代表）
   */
  participants: string;
  /**
   * 协商形成的意见
   */
  consensus: string;
  /**
   * 承办单位
   */
  handlingUnit: string;
}

/**
 * Form "decline" (表单): 不予受理 · Not taken up.
 */
export interface JiangyinMicroProposalDeclinePayload {
  /**
   * 向委员说明的理由
   */
  reason: string;
  /**
   * 建议去向
   */
  referTo: '转为提案' | '转为社情民意信息' | '不再办理';
}

/**
 * Form "evaluate" (表单): 委员评价 · Member's evaluation.
 */
export interface JiangyinMicroProposalEvaluatePayload {
  /**
   * 办理结果评价
   */
  satisfaction: '满意' | '基本满意' | '不满意';
  /**
   * 意见和建议
   */
  comment?: string;
}

/**
 * Form "objection" (表单): 交办异议 · Objection to the referral.
 */
export interface JiangyinMicroProposalObjectionPayload {
  /**
   * 异议理由
   */
  reason: string;
  /**
   * 建议承办单位
   */
  suggestedUnit?: string;
}

/**
 * Form "redirect" (表单): 改交其他镇街 · Redirect to another town.
 */
export interface JiangyinMicroProposalRedirectPayload {
  /**
   * 应受理的镇（街道、园区）
   */
  town: string;
  /**
   * 理由
   */
  reason: string;
}

/**
 * Form "refer" (表单): 交办 · Refer.
 */
export interface JiangyinMicroProposalReferPayload {
  /**
   * 承办单位
   */
  handlingUnit: string;
}

/**
 * Form "reply" (表单): 办复 · Reply.
 */
export interface JiangyinMicroProposalReplyPayload {
  /**
   * 答复类别（A 解决或采纳，B 列入计划拟解决，C 留作参考）
   */
  replyClass: 'A' | 'B' | 'C';
  /**
   * 办理情况
   */
  reply: string;
}

/**
 * Form "submit" (表单): 提交民生微提案 · Submit a micro-proposal.
 */
export interface JiangyinMicroProposalSubmitPayload {
  /**
   * 微提案题目
   */
  title: string;
  /**
   * 年度
   */
  year: number;
  /**
   * 属于“5+23”中的哪一部分（含义见说明）
   */
  programmePart?: '5' | '23';
  /**
   * 所在镇（街道、园区）
   */
  town: string;
  /**
   * 协商议事室
   */
  room?: string;
  /**
   * 民生问题
   */
  situation: string;
  /**
   * 建议
   */
  suggestion: string;
}

/**
 * Form "withdrawReferral" (表单): 撤回交办 · Withdraw the referral.
 */
export interface JiangyinMicroProposalWithdrawReferralPayload {
  /**
   * 撤回理由（如承办单位写错）
   */
  reason: string;
}

/**
 * “5+23”年度“有事好商量”民生微提案办理 · “5+23” annual livelihood micro-proposals (有事好商量): each action (动作) with the payload its form takes; undefined for an action without a form.
 */
export interface JiangyinMicroProposalCommands {
  submit: JiangyinMicroProposalSubmitPayload;
  consult: JiangyinMicroProposalConsultPayload;
  refer: JiangyinMicroProposalReferPayload;
  redirect: JiangyinMicroProposalRedirectPayload;
  decline: JiangyinMicroProposalDeclinePayload;
  recordConsultation: JiangyinMicroProposalConsultationRecordPayload;
  reply: JiangyinMicroProposalReplyPayload;
  withdrawReferral: JiangyinMicroProposalWithdrawReferralPayload;
  objectAssignment: JiangyinMicroProposalObjectionPayload;
  evaluate: JiangyinMicroProposalEvaluatePayload;
  extendDeadline: BuiltinPayloads['extendDeadline'];
  transferRole: BuiltinPayloads['transferRole'];
}

/**
 * “5+23”年度“有事好商量”民生微提案办理 · “5+23” annual livelihood micro-proposals (有事好商量) (micro-proposal, version 1): its types, for typedEngine.
 */
export interface JiangyinMicroProposalWorkflow {
  id: 'micro-proposal';
  data: JiangyinMicroProposalData;
  commands: JiangyinMicroProposalCommands;
}

/**
 * The definition of micro-proposal, carrying its types.
 */
export type JiangyinMicroProposalDefinition = TypedDefinition<JiangyinMicroProposalWorkflow>;

/**
 * 提案办理（江阴：“提、立、交、办、督、评”六项机制，主要领导领衔督办重点提案） · Proposal handling (Jiangyin: the six mechanisms 提、立、交、办、督、评; key proposals led by the principal leaders): the instance data (实例数据).
 */
export interface JiangyinProposalData {
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
  leaderPost?: '市委书记' | '市长';
  leaderName?: string;
  leadTakenBy?: string;
  supervisionMeetings?: {
    date?: string;
    place?: string;
    attendees?: string;
    decisions?: string;
    [k: string]: unknown;
  }[];
  [k: string]: unknown;
}

/**
 * Form "assign" (表单): 交办 · Assign.
 */
export type JiangyinProposalAssignPayload = {
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
};

/**
 * Form "assignMerged" (表单): 并案交办 · Assign a merged proposal.
 */
export interface JiangyinProposalAssignMergedPayload {
  /**
   * 主提案的主办单位
   */
  leadUnit: string;
}

/**
 * Form "consultation" (表单): 办前面商记录 · Consultation before handling.
 */
export interface JiangyinProposalConsultationPayload {
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
export interface JiangyinProposalDeclinePayload {
  /**
   * 谢绝理由
   */
  reason?: string;
}

/**
 * Form "evaluate" (表单): 提案办理意见反馈 · Proposer's feedback.
 */
export interface JiangyinProposalEvaluatePayload {
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
export interface JiangyinProposalExtensionRequestPayload {
  /**
   * 延期理由
   */
  reason: string;
}

/**
 * Form "instruction" (表单): 督办意见 · Supervision opinion.
 */
export interface JiangyinProposalInstructionPayload {
  /**
   * 督办意见
   */
  instruction: string;
}

/**
 * Form "markKey" (表单): 列为重点提案：确定领衔督办的主要领导 · Make it a key proposal: the principal leader who leads it.
 */
export interface JiangyinProposalMarkKeyPayload {
  /**
   * 领衔督办的主要领导（用户标识）
   */
  leadOfficial: string;
  /**
   * 姓名
   */
  leaderName: string;
  /**
   * 职务
   */
  leaderPost: '市委书记' | '市长';
  /**
   * 主席会议确定重点提案的会议及日期
   */
  councilApproval: string;
}

/**
 * Form "merge" (表单): 并案 · Merge into another proposal.
 */
export interface JiangyinProposalMergePayload {
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
export interface JiangyinProposalNotFiledPayload {
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
export interface JiangyinProposalObjectionPayload {
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
export interface JiangyinProposalOpinionPayload {
  /**
   * 会办意见（送主办单位）
   */
  opinion: string;
}

/**
 * Form "progress" (表单): 办中沟通 · Progress report.
 */
export interface JiangyinProposalProgressPayload {
  /**
   * 办理进展
   */
  summary: string;
}

/**
 * Form "reclassify" (表单): 调整答复类别 · Change the reply class.
 */
export interface JiangyinProposalReclassifyPayload {
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
export interface JiangyinProposalReplyPayload {
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
export interface JiangyinProposalReturnForRevisionPayload {
  /**
   * 退回理由
   */
  reason: string;
}

/**
 * Form "returnReply" (表单): 退回重办 · Send the reply back.
 */
export interface JiangyinProposalReturnReplyPayload {
  /**
   * 退回理由
   */
  reason: string;
}

/**
 * Form "submit" (表单): 提交提案 · Submit the proposal.
 */
export interface JiangyinProposalSubmitPayload {
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
 * Form "supervisionMeeting" (表单): 督办会 · Supervision meeting.
 */
export interface JiangyinProposalSupervisionMeetingPayload {
  /**
   * 日期
   */
  date: string;
  /**
   * 地点
   */
  place: string;
  /**
   * 参加的承办单位和人员
   */
  attendees: string;
  /**
   * 督办会议定事项
   */
  decisions: string;
}

/**
 * 提案办理（江阴：“提、立、交、办、督、评”六项机制，主要领导领衔督办重点提案） · Proposal handling (Jiangyin: the six mechanisms 提、立、交、办、督、评; key proposals led by the principal leaders): each action (动作) with the payload its form takes; undefined for an action without a form.
 */
export interface JiangyinProposalCommands {
  submit: JiangyinProposalSubmitPayload;
  discard: undefined;
  withdraw: undefined;
  confirm: undefined;
  decline: JiangyinProposalDeclinePayload;
  accept: undefined;
  reject: JiangyinProposalNotFiledPayload;
  merge: JiangyinProposalMergePayload;
  returnForRevision: JiangyinProposalReturnForRevisionPayload;
  consentToReport: undefined;
  consentToLetter: undefined;
  declineConversion: undefined;
  assignMerged: JiangyinProposalAssignMergedPayload;
  replyMerged: JiangyinProposalReplyPayload;
  assign: JiangyinProposalAssignPayload;
  markKey: JiangyinProposalMarkKeyPayload;
  signFor: undefined;
  objectAssignment: JiangyinProposalObjectionPayload;
  reportProgress: JiangyinProposalProgressPayload;
  applyExtension: JiangyinProposalExtensionRequestPayload;
  recordConsultation: JiangyinProposalConsultationPayload;
  reply: JiangyinProposalReplyPayload;
  sendOpinion: JiangyinProposalOpinionPayload;
  remind: undefined;
  instruct: JiangyinProposalInstructionPayload;
  takeLead: undefined;
  holdSupervisionMeeting: JiangyinProposalSupervisionMeetingPayload;
  approveReply: undefined;
  reclassify: JiangyinProposalReclassifyPayload;
  returnReply: JiangyinProposalReturnReplyPayload;
  closeSupervision: undefined;
  sendBack: JiangyinProposalReturnReplyPayload;
  evaluate: JiangyinProposalEvaluatePayload;
  giveView: JiangyinProposalEvaluatePayload;
  replyAgain: JiangyinProposalReplyPayload;
  extendDeadline: BuiltinPayloads['extendDeadline'];
  transferRole: BuiltinPayloads['transferRole'];
}

/**
 * 提案办理（江阴：“提、立、交、办、督、评”六项机制，主要领导领衔督办重点提案） · Proposal handling (Jiangyin: the six mechanisms 提、立、交、办、督、评; key proposals led by the principal leaders) (proposal, version 2): its types, for typedEngine.
 */
export interface JiangyinProposalWorkflow {
  id: 'proposal';
  data: JiangyinProposalData;
  commands: JiangyinProposalCommands;
}

/**
 * The definition of proposal, carrying its types.
 */
export type JiangyinProposalDefinition = TypedDefinition<JiangyinProposalWorkflow>;

/**
 * The definitions, by id, each typed with its types.
 */
export const jiangyin = {
  consultation: definition0 as unknown as JiangyinConsultationDefinition,
  'micro-proposal': definition1 as unknown as JiangyinMicroProposalDefinition,
  proposal: definition2 as unknown as JiangyinProposalDefinition,
} as const;
