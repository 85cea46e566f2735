/* Generated from the jilin preset by scripts/build-presets.ts. Do not edit by hand. */
import type { BuiltinPayloads, TypedDefinition } from '@luzhi/engine';
import definition0 from './json/jilin/consultation.json' with { type: 'json' };
import definition1 from './json/jilin/proposal.json' with { type: 'json' };
import definition2 from './json/jilin/river-chief.json' with { type: 'json' };
import definition3 from './json/jilin/special-session.json' with { type: 'json' };

/**
 * 双月协商座谈会（吉林） · Bimonthly consultation forum (Jilin): the instance data (实例数据).
 */
export interface JilinConsultationData {
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
  format?: '座谈会' | '网络议政与座谈会';
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
    round?: string;
    mode?: '线下' | '线上线下结合';
    departmentHeads?: string[];
    experts?: string[];
    publicAttendance?: string;
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
  report?: {
    title?: string;
    suggestions?: string;
    results?: unknown[];
    [k: string]: unknown;
  };
  reportReturns?: number;
  reportReturnReason?: string;
  approvedBy?: string;
  issued?: {
    number?: string;
    date?: string;
    recipients?: string[];
    [k: string]: unknown;
  };
  instructions?: {
    leader?: string;
    date?: string;
    content?: string;
    results?: unknown[];
    [k: string]: unknown;
  }[];
  instructionStatus?: '已批示' | '未获批示';
  noInstructionNote?: string;
  conversionKinds?: (
    '转化为市委、市政府决策' | '转化为部门工作措施' | '列入工作计划' | '留作参考'
  )[];
  followUpMethod?: '视察' | '座谈' | '听取汇报' | '书面了解';
  followUpFindings?: string;
  reportDrafters?: string[];
  [k: string]: unknown;
}

/**
 * Form "completion" (表单): 成果转化情况 · How the results were put into effect.
 */
export interface JilinConsultationCompletionPayload {
  /**
   * 转化情况（措施、出台的文件）
   */
  outcome: string;
  /**
   * 转化方式
   */
  kind: '转化为市委、市政府决策' | '转化为部门工作措施' | '列入工作计划' | '留作参考';
}

/**
 * Form "convener" (表单): 确定召集人 · Name the convener.
 */
export interface JilinConsultationConvenerPayload {
  /**
   * 召集人（政协方面，用户标识）
   */
  convener: string;
}

/**
 * Form "declineTopic" (表单): 不予受理荐题 · Decline the topic.
 */
export interface JilinConsultationDeclineTopicPayload {
  /**
   * 不予受理的理由
   */
  reason: string;
}

/**
 * Form "dropTopic" (表单): 不予立题 · Do not fix the topic.
 */
export interface JilinConsultationDropTopicPayload {
  /**
   * 不予立题的理由
   */
  reason: string;
}

/**
 * Form "evaluate" (表单): 问效 · Follow-up.
 */
export interface JilinConsultationEvaluatePayload {
  /**
   * 问效结论
   */
  evaluation: '满意' | '基本满意' | '不满意';
  /**
   * 评价意见
   */
  comment?: string;
  /**
   * 问效方式
   */
  method: '视察' | '座谈' | '听取汇报' | '书面了解';
  /**
   * 各单位做了什么、成效如何
   */
  findings: string;
}

/**
 * Form "feedback" (表单): 反馈协商成果落实情况 · Feedback to the participants.
 */
export interface JilinConsultationFeedbackPayload {
  /**
   * 反馈内容
   */
  feedback: string;
}

/**
 * Form "instruction" (表单): 领导批示 · The leaders' instruction.
 */
export interface JilinConsultationInstructionPayload {
  /**
   * 批示领导（职务、姓名）
   */
  leader: string;
  /**
   * 批示日期
   */
  date: string;
  /**
   * 批示内容
   */
  content: string;
  /**
   * 批示要求落实、专报清单之外的事项和单位（可不填）
   */
  results?: {
    /**
     * 责任单位
     */
    unit: string;
    /**
     * 事项
     */
    item: string;
  }[];
}

/**
 * Form "issueReport" (表单): 编号印发，报送 · Number, issue and send.
 */
export interface JilinConsultationIssueReportPayload {
  /**
   * 编号（期号）
   */
  number: string;
  /**
   * 印发日期
   */
  date: string;
  /**
   * 报送（市委、市政府领导）
   */
  recipients: ('中共吉林市委领导' | '吉林市人民政府领导')[];
}

/**
 * Form "laterInstruction" (表单): 后续批示 · A further instruction.
 */
export interface JilinConsultationLaterInstructionPayload {
  /**
   * 批示领导（职务、姓名）
   */
  leader: string;
  /**
   * 批示日期
   */
  date: string;
  /**
   * 批示内容
   */
  content: string;
}

/**
 * Form "meeting" (表单): 双月协商座谈会记录 · Record of the bimonthly forum.
 */
export interface JilinConsultationMeetingPayload {
  /**
   * 协商日期
   */
  date: string;
  /**
   * 地点（线上线下结合时写明线下会场）
   */
  place: string;
  /**
   * 参加的政协委员
   */
  attendance: string;
  /**
   * 协商交流情况与主要意见
   */
  summary: string;
  /**
   * 期次（如“2026年第二次双月协商座谈会”）
   */
  round: string;
  /**
   * 形式
   */
  mode: '线下' | '线上线下结合';
  /**
   * 到会协商的职能部门负责人（1–30 人）
   */
  departmentHeads: string[];
  /**
   * 到会的专家学者（最多 30 人）
   */
  experts?: string[];
  /**
   * 列席的群众代表、利益相关方（可不填）
   */
  publicAttendance?: string;
}

/**
 * Form "noInstruction" (表单): 未获批示的情况 · No instruction: the note.
 */
export interface JilinConsultationNoInstructionPayload {
  /**
   * 情况说明
   */
  note: string;
}

/**
 * Form "opinion" (表单): 发表意见 · Give an opinion.
 */
export interface JilinConsultationOpinionPayload {
  /**
   * 意见建议
   */
  opinion: string;
}

/**
 * Form "plan" (表单): 立题方案 · Topic plan.
 */
export interface JilinConsultationPlanPayload {
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
export interface JilinConsultationPublicOpinionPayload {
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
export interface JilinConsultationRecommendPayload {
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
 * Form "report" (表单): 《协商建议专报》 · Consultation report.
 */
export interface JilinConsultationReportPayload {
  /**
   * 专报标题
   */
  title: string;
  /**
   * 协商建议
   */
  suggestions: string;
  /**
   * 成果事项（每项写明责任单位；同一单位的多项由该单位一并转化，最多 50 项）
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
 * Form "research" (表单): 调研情况与协商形式 · Research and the form of the consultation.
 */
export interface JilinConsultationResearchPayload {
  /**
   * 调研情况
   */
  summary: string;
  /**
   * 协商形式（双月协商座谈会；可先在“政协吉云”上开展网络议政）
   */
  format: '座谈会' | '网络议政与座谈会';
  /**
   * 参加网络议政的委员（用户标识，网络议政时必填，最多 200 人）
   */
  invitedMembers?: string[];
}

/**
 * Form "returnReport" (表单): 退回《协商建议专报》 · Return the consultation report.
 */
export interface JilinConsultationReturnReportPayload {
  /**
   * 修改意见
   */
  reason: string;
}

/**
 * Form "returnToUnit" (表单): 退回重新落实 · Send back to the unit.
 */
export interface JilinConsultationReturnToUnitPayload {
  /**
   * 退回理由
   */
  reason: string;
}

/**
 * Form "toProposal" (表单): 协商成果转为提案 · Turn a result into a proposal.
 */
export interface JilinConsultationToProposalPayload {
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
 * 双月协商座谈会（吉林） · Bimonthly consultation forum (Jilin): each action (动作) with the payload its form takes; undefined for an action without a form.
 */
export interface JilinConsultationCommands {
  recommend: JilinConsultationRecommendPayload;
  acceptTopic: JilinConsultationConvenerPayload;
  declineTopic: JilinConsultationDeclineTopicPayload;
  draftPlan: JilinConsultationPlanPayload;
  dropTopic: JilinConsultationDropTopicPayload;
  finishResearch: JilinConsultationResearchPayload;
  recordMeeting: JilinConsultationMeetingPayload;
  giveOpinion: JilinConsultationOpinionPayload;
  recordOpinion: JilinConsultationPublicOpinionPayload;
  submitReport: JilinConsultationReportPayload;
  urge: undefined;
  toProposal: JilinConsultationToProposalPayload;
  addInstruction: JilinConsultationLaterInstructionPayload;
  reportCompletion: JilinConsultationCompletionPayload;
  acceptCompletion: undefined;
  returnToUnit: JilinConsultationReturnToUnitPayload;
  sendFeedback: JilinConsultationFeedbackPayload;
  evaluate: JilinConsultationEvaluatePayload;
  archive: undefined;
  approveReport: undefined;
  returnReport: JilinConsultationReturnReportPayload;
  issueReport: JilinConsultationIssueReportPayload;
  recordInstruction: JilinConsultationInstructionPayload;
  noteNoInstruction: JilinConsultationNoInstructionPayload;
  extendDeadline: BuiltinPayloads['extendDeadline'];
  addBranch: BuiltinPayloads['addBranch'];
  removeBranch: BuiltinPayloads['removeBranch'];
  transferRole: BuiltinPayloads['transferRole'];
}

/**
 * 双月协商座谈会（吉林） · Bimonthly consultation forum (Jilin) (consultation, version 2): its types, for typedEngine.
 */
export interface JilinConsultationWorkflow {
  id: 'consultation';
  data: JilinConsultationData;
  commands: JilinConsultationCommands;
}

/**
 * The definition of consultation, carrying its types.
 */
export type JilinConsultationDefinition = TypedDefinition<JilinConsultationWorkflow>;

/**
 * 提案办理（吉林：领办督办、提案办理面对面） · Proposal handling (Jilin: led and supervised, face to face on air): the instance data (实例数据).
 */
export interface JilinProposalData {
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
  supervisingLeader?: string;
  supervisions?: {
    [k: string]: unknown;
  }[];
  programmeStatus?: '已选定' | '已播出' | '未录制';
  programmeTheme?: string;
  programmeReason?: string;
  broadcast?: {
    [k: string]: unknown;
  };
  programmeWithdrawnReason?: string;
  [k: string]: unknown;
}

/**
 * Form "assign" (表单): 交办 · Assign.
 */
export type JilinProposalAssignPayload = {
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
export interface JilinProposalAssignMergedPayload {
  /**
   * 主提案的主办单位
   */
  leadUnit: string;
}

/**
 * Form "broadcast" (表单): 节目录制与播出 · Recording and broadcast.
 */
export interface JilinProposalBroadcastPayload {
  /**
   * 期次
   */
  episode: string;
  /**
   * 录制日期
   */
  recordedOn: string;
  /**
   * 播出日期
   */
  broadcastOn: string;
  /**
   * 出镜的承办单位负责人（单位、职务、姓名）
   */
  unitHeads: string[];
  /**
   * 节目推动的成果
   */
  outcome?: string;
}

/**
 * Form "consultation" (表单): 办前面商记录 · Consultation before handling.
 */
export interface JilinProposalConsultationPayload {
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
export interface JilinProposalDeclinePayload {
  /**
   * 谢绝理由
   */
  reason?: string;
}

/**
 * Form "evaluate" (表单): 提案办理意见反馈 · Proposer's feedback.
 */
export interface JilinProposalEvaluatePayload {
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
export interface JilinProposalExtensionRequestPayload {
  /**
   * 延期理由
   */
  reason: string;
}

/**
 * Form "instruction" (表单): 领办批示 · Leading official's instruction.
 */
export interface JilinProposalInstructionPayload {
  /**
   * 批示内容
   */
  instruction: string;
}

/**
 * Form "markKey" (表单): 列为重点提案（领办、督办） · Make it a key proposal (led and supervised).
 */
export interface JilinProposalMarkKeyPayload {
  /**
   * 领办领导（市委、市政府领导的用户标识）
   */
  leadOfficial: string;
  /**
   * 领办方式
   */
  leaderKind: '市委领导领办' | '市政府领导领办';
  /**
   * 主席会议确定重点提案的会议及日期
   */
  councilApproval: string;
  /**
   * 督办领导（市政协领导的用户标识）
   */
  supervisingLeader: string;
}

/**
 * Form "merge" (表单): 并案 · Merge into another proposal.
 */
export interface JilinProposalMergePayload {
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
export interface JilinProposalNotFiledPayload {
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
export interface JilinProposalObjectionPayload {
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
export interface JilinProposalOpinionPayload {
  /**
   * 会办意见（送主办单位）
   */
  opinion: string;
}

/**
 * Form "programmeSelection" (表单): 选入《提案办理面对面》 · Choose for the programme.
 */
export interface JilinProposalProgrammeSelectionPayload {
  /**
   * 节目主题（热点问题）
   */
  theme: string;
  /**
   * 选题理由
   */
  reason: string;
}

/**
 * Form "programmeWithdrawal" (表单): 不再录制节目 · Drop from the programme.
 */
export interface JilinProposalProgrammeWithdrawalPayload {
  /**
   * 理由
   */
  reason: string;
}

/**
 * Form "progress" (表单): 办中沟通 · Progress report.
 */
export interface JilinProposalProgressPayload {
  /**
   * 办理进展
   */
  summary: string;
}

/**
 * Form "reclassify" (表单): 调整答复类别 · Change the reply class.
 */
export interface JilinProposalReclassifyPayload {
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
export interface JilinProposalReplyPayload {
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
export interface JilinProposalReturnForRevisionPayload {
  /**
   * 退回理由
   */
  reason: string;
}

/**
 * Form "returnReply" (表单): 退回重办 · Send the reply back.
 */
export interface JilinProposalReturnReplyPayload {
  /**
   * 退回理由
   */
  reason: string;
}

/**
 * Form "submit" (表单): 提交提案 · Submit the proposal.
 */
export interface JilinProposalSubmitPayload {
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
 * Form "supervision" (表单): 督办活动 · Supervision visit.
 */
export interface JilinProposalSupervisionPayload {
  /**
   * 督办方式
   */
  way: '座谈' | '视察' | '调研' | '走访承办单位' | '听取汇报';
  /**
   * 日期
   */
  date: string;
  /**
   * 督办情况和意见
   */
  notes: string;
}

/**
 * 提案办理（吉林：领办督办、提案办理面对面） · Proposal handling (Jilin: led and supervised, face to face on air): each action (动作) with the payload its form takes; undefined for an action without a form.
 */
export interface JilinProposalCommands {
  submit: JilinProposalSubmitPayload;
  discard: undefined;
  withdraw: undefined;
  confirm: undefined;
  decline: JilinProposalDeclinePayload;
  accept: undefined;
  reject: JilinProposalNotFiledPayload;
  merge: JilinProposalMergePayload;
  returnForRevision: JilinProposalReturnForRevisionPayload;
  consentToReport: undefined;
  consentToLetter: undefined;
  declineConversion: undefined;
  assignMerged: JilinProposalAssignMergedPayload;
  replyMerged: JilinProposalReplyPayload;
  assign: JilinProposalAssignPayload;
  markKey: JilinProposalMarkKeyPayload;
  signFor: undefined;
  objectAssignment: JilinProposalObjectionPayload;
  reportProgress: JilinProposalProgressPayload;
  applyExtension: JilinProposalExtensionRequestPayload;
  recordConsultation: JilinProposalConsultationPayload;
  reply: JilinProposalReplyPayload;
  sendOpinion: JilinProposalOpinionPayload;
  remind: undefined;
  instruct: JilinProposalInstructionPayload;
  supervise: JilinProposalSupervisionPayload;
  selectForProgramme: JilinProposalProgrammeSelectionPayload;
  approveReply: undefined;
  reclassify: JilinProposalReclassifyPayload;
  returnReply: JilinProposalReturnReplyPayload;
  sendBack: JilinProposalReturnReplyPayload;
  signOff: undefined;
  closeSupervision: undefined;
  recordBroadcast: JilinProposalBroadcastPayload;
  withdrawFromProgramme: JilinProposalProgrammeWithdrawalPayload;
  evaluate: JilinProposalEvaluatePayload;
  giveView: JilinProposalEvaluatePayload;
  replyAgain: JilinProposalReplyPayload;
  extendDeadline: BuiltinPayloads['extendDeadline'];
  transferRole: BuiltinPayloads['transferRole'];
}

/**
 * 提案办理（吉林：领办督办、提案办理面对面） · Proposal handling (Jilin: led and supervised, face to face on air) (proposal, version 2): its types, for typedEngine.
 */
export interface JilinProposalWorkflow {
  id: 'proposal';
  data: JilinProposalData;
  commands: JilinProposalCommands;
}

/**
 * The definition of proposal, carrying its types.
 */
export type JilinProposalDefinition = TypedDefinition<JilinProposalWorkflow>;

/**
 * 河长制特邀监督：问题发现、整改与核验 · River-chief supervision: problems found, put right and checked: the instance data (实例数据).
 */
export interface JilinRiverChiefData {
  riverSection?: string;
  county?: string;
  location?: string;
  description?: string;
  evidence?: string[];
  foundOn?: string;
  unannouncedPatrol?: boolean;
  reportedBy?: string;
  rectifiedBy?: string;
  checkResult?: '受理' | '不属于问题' | '重复报送';
  checkReason?: string;
  duplicateOf?: string;
  responsibleUnit?: string;
  riverChief?: string;
  referralObjections?: number;
  objectionReason?: string;
  withdrawReason?: string;
  extensionReason?: string;
  escalations?: ('县级河长' | '市级河长' | '市河长办' | '市委')[];
  measures?: string;
  rectificationEvidence?: string[];
  reworkCount?: number;
  verification?: '已整改' | '未整改';
  verificationNote?: string;
  [k: string]: unknown;
}

/**
 * Form "accept" (表单): 受理并交办 · Accept and refer.
 */
export interface JilinRiverChiefAcceptPayload {
  /**
   * 责任河长所在单位
   */
  responsibleUnit: string;
  /**
   * 责任河长
   */
  riverChief: string;
  /**
   * 交办意见
   */
  note?: string;
}

/**
 * Form "duplicate" (表单): 重复报送 · Duplicate.
 */
export interface JilinRiverChiefDuplicatePayload {
  /**
   * 已报送的同一问题编号
   */
  duplicateOf: string;
  /**
   * 说明
   */
  reason: string;
}

/**
 * Form "escalate" (表单): 提请督办 · Escalate.
 */
export interface JilinRiverChiefEscalatePayload {
  /**
   * 提请督办对象
   */
  to: '县级河长' | '市级河长' | '市河长办' | '市委';
  /**
   * 督办意见
   */
  note?: string;
}

/**
 * Form "extensionRequest" (表单): 申请延期 · Ask for more time.
 */
export interface JilinRiverChiefExtensionRequestPayload {
  /**
   * 延期理由
   */
  reason: string;
}

/**
 * Form "notAProblem" (表单): 不属于问题 · Not a problem.
 */
export interface JilinRiverChiefNotAProblemPayload {
  /**
   * 向监督员说明的理由
   */
  reason: string;
}

/**
 * Form "objection" (表单): 交办异议 · Objection to the referral.
 */
export interface JilinRiverChiefObjectionPayload {
  /**
   * 异议理由（如不属本单位河段）
   */
  reason: string;
  /**
   * 建议责任单位
   */
  suggestedUnit?: string;
}

/**
 * Form "rectified" (表单): 报告整改结果 · Report the rectification.
 */
export interface JilinRiverChiefRectifiedPayload {
  /**
   * 整改措施和结果
   */
  measures: string;
  /**
   * 整改佐证（链接或编号）
   */
  evidence?: string[];
}

/**
 * Form "report" (表单): 报送河湖问题 · Report a problem.
 */
export interface JilinRiverChiefReportPayload {
  /**
   * 河段
   */
  riverSection: string;
  /**
   * 所在县（市、区）
   */
  county?: string;
  /**
   * 具体位置
   */
  location: string;
  /**
   * 问题描述
   */
  description: string;
  /**
   * 照片、视频等佐证（链接或编号）
   */
  evidence?: string[];
  /**
   * 发现日期
   */
  foundOn: string;
  /**
   * 暗访巡河中发现
   */
  unannouncedPatrol?: boolean;
}

/**
 * Form "verify" (表单): 核验整改 · Check the rectification.
 */
export interface JilinRiverChiefVerifyPayload {
  /**
   * 核验意见
   */
  note: string;
  /**
   * 核验佐证（链接或编号）
   */
  evidence?: string[];
}

/**
 * Form "withdrawReferral" (表单): 撤回交办 · Withdraw the referral.
 */
export interface JilinRiverChiefWithdrawReferralPayload {
  /**
   * 撤回理由（如责任单位写错）
   */
  reason: string;
}

/**
 * 河长制特邀监督：问题发现、整改与核验 · River-chief supervision: problems found, put right and checked: each action (动作) with the payload its form takes; undefined for an action without a form.
 */
export interface JilinRiverChiefCommands {
  report: JilinRiverChiefReportPayload;
  accept: JilinRiverChiefAcceptPayload;
  notAProblem: JilinRiverChiefNotAProblemPayload;
  duplicate: JilinRiverChiefDuplicatePayload;
  withdrawReferral: JilinRiverChiefWithdrawReferralPayload;
  reportRectified: JilinRiverChiefRectifiedPayload;
  requestExtension: JilinRiverChiefExtensionRequestPayload;
  objectReferral: JilinRiverChiefObjectionPayload;
  escalate: JilinRiverChiefEscalatePayload;
  confirmFixed: JilinRiverChiefVerifyPayload;
  notFixed: JilinRiverChiefVerifyPayload;
  extendDeadline: BuiltinPayloads['extendDeadline'];
  transferRole: BuiltinPayloads['transferRole'];
}

/**
 * 河长制特邀监督：问题发现、整改与核验 · River-chief supervision: problems found, put right and checked (river-chief, version 1): its types, for typedEngine.
 */
export interface JilinRiverChiefWorkflow {
  id: 'river-chief';
  data: JilinRiverChiefData;
  commands: JilinRiverChiefCommands;
}

/**
 * The definition of river-chief, carrying its types.
 */
export type JilinRiverChiefDefinition = TypedDefinition<JilinRiverChiefWorkflow>;

/**
 * 专题议政性常委会：选题、调研、建议、转化、问效 · Topical standing-committee session: topic, research, recommendation, conversion, follow-up: the instance data (实例数据).
 */
export interface JilinSpecialSessionData {
  topic?: string;
  planItem?: string;
  background?: string;
  leadCommittee?: string;
  researchLead?: string;
  topicApproval?: string;
  topicReturnReason?: string;
  topicReturns?: number;
  researchActivities?: {
    [k: string]: unknown;
  }[];
  researchReport?: string;
  session?: {
    [k: string]: unknown;
  };
  standingMembers?: string[];
  recommendationTitle?: string;
  recommendations?: string[];
  units?: string[];
  draftsRejected?: number;
  vote?: {
    [k: string]: unknown;
  };
  votingRounds?: number;
  adopted?: boolean;
  sent?: {
    [k: string]: unknown;
  };
  instructions?: {
    [k: string]: unknown;
  }[];
  conversions?: {
    [k: string]: unknown;
  }[];
  conversionUnits?: string[];
  convertedUnits?: string[];
  conversionReturns?: {
    [k: string]: unknown;
  }[];
  followUp?: {
    [k: string]: unknown;
  };
  [k: string]: unknown;
}

/**
 * Form "approveTopic" (表单): 确定议题 · Approve the topic.
 */
export interface JilinSpecialSessionApproveTopicPayload {
  /**
   * 主席会议及日期
   */
  approval: string;
}

/**
 * Form "conversion" (表单): 吸纳转化情况 · How it was taken up.
 */
export interface JilinSpecialSessionConversionPayload {
  /**
   * 转化方式
   */
  adoptedAs: '转化为市委、市政府决策' | '转化为部门工作措施' | '列入工作计划' | '留作参考';
  /**
   * 吸纳落实的措施
   */
  measures: string;
  /**
   * 出台的文件
   */
  documents?: string[];
}

/**
 * Form "draft" (表单): 《建议案》 · The recommendation.
 */
export interface JilinSpecialSessionDraftPayload {
  /**
   * 《建议案》标题
   */
  title: string;
  /**
   * 建议（逐条）
   */
  recommendations: string[];
  /**
   * 建议吸纳落实的职能部门
   */
  units: string[];
}

/**
 * Form "followUp" (表单): 问效 · Follow-up.
 */
export interface JilinSpecialSessionFollowUpPayload {
  /**
   * 成效
   */
  effect: '成效明显' | '取得初步成效' | '成效不明显';
  /**
   * 问效情况
   */
  summary: string;
  /**
   * 问效方式
   */
  way: ('视察' | '座谈' | '听取汇报' | '书面了解')[];
}

/**
 * Form "holdSession" (表单): 专题议政性常委会会议 · The session.
 */
export interface JilinSpecialSessionHoldSessionPayload {
  /**
   * 会议日期
   */
  date: string;
  /**
   * 参加表决的常委（用户标识）
   */
  standingMembers: string[];
  /**
   * 到会协商的职能部门负责人
   */
  departmentHeads?: string[];
  /**
   * 到会的专家学者
   */
  experts?: string[];
  /**
   * 协商交流情况
   */
  summary: string;
}

/**
 * Form "instruction" (表单): 领导批示 · Leader's instruction.
 */
export interface JilinSpecialSessionInstructionPayload {
  /**
   * 批示领导（职务、姓名）
   */
  leader: string;
  /**
   * 批示日期
   */
  date: string;
  /**
   * 批示内容
   */
  content: string;
  /**
   * 批示吸纳落实的部门（不填则为《建议案》所列部门）
   */
  units?: string[];
}

/**
 * Form "laterInstruction" (表单): 后续批示 · Further instruction.
 */
export interface JilinSpecialSessionLaterInstructionPayload {
  /**
   * 批示领导（职务、姓名）
   */
  leader: string;
  /**
   * 批示日期
   */
  date: string;
  /**
   * 批示内容
   */
  content: string;
}

/**
 * Form "proposeTopic" (表单): 提出专题议政议题 · Propose the topic.
 */
export interface JilinSpecialSessionProposeTopicPayload {
  /**
   * 议题
   */
  topic: string;
  /**
   * 年度协商计划中的议题
   */
  planItem: string;
  /**
   * 牵头专门委员会
   */
  leadCommittee: string;
  /**
   * 牵头专委会负责人（用户标识）
   */
  researchLead: string;
  /**
   * 背景和目的
   */
  background?: string;
}

/**
 * Form "reason" (表单): 理由 · Reason.
 */
export interface JilinSpecialSessionReasonPayload {
  /**
   * 理由
   */
  reason: string;
}

/**
 * Form "researchActivity" (表单): 调研活动 · Research activity.
 */
export interface JilinSpecialSessionResearchActivityPayload {
  /**
   * 方式
   */
  kind: '实地调研' | '视察' | '座谈会' | '专家论证' | '网络议政';
  /**
   * 日期
   */
  date: string;
  /**
   * 情况
   */
  summary: string;
}

/**
 * Form "researchReport" (表单): 调研报告 · Research report.
 */
export interface JilinSpecialSessionResearchReportPayload {
  /**
   * 调研报告
   */
  report: string;
}

/**
 * Form "send" (表单): 报送市委、市政府 · Send to the city party committee and government.
 */
export interface JilinSpecialSessionSendPayload {
  /**
   * 文号
   */
  docNumber: string;
  /**
   * 报送日期
   */
  sentOn: string;
  /**
   * 报送
   */
  recipients: ('市委' | '市政府')[];
}

/**
 * 专题议政性常委会：选题、调研、建议、转化、问效 · Topical standing-committee session: topic, research, recommendation, conversion, follow-up: each action (动作) with the payload its form takes; undefined for an action without a form.
 */
export interface JilinSpecialSessionCommands {
  proposeTopic: JilinSpecialSessionProposeTopicPayload;
  approveTopic: JilinSpecialSessionApproveTopicPayload;
  returnTopic: JilinSpecialSessionReasonPayload;
  recordResearch: JilinSpecialSessionResearchActivityPayload;
  submitResearchReport: JilinSpecialSessionResearchReportPayload;
  holdSession: JilinSpecialSessionHoldSessionPayload;
  submitDraft: JilinSpecialSessionDraftPayload;
  reconvene: undefined;
  sendToLeaders: JilinSpecialSessionSendPayload;
  recordInstruction: JilinSpecialSessionInstructionPayload;
  addInstruction: JilinSpecialSessionLaterInstructionPayload;
  reportConversion: JilinSpecialSessionConversionPayload;
  acceptConversion: undefined;
  returnConversion: JilinSpecialSessionReasonPayload;
  reportFollowUp: JilinSpecialSessionFollowUpPayload;
  castVote: BuiltinPayloads['castVote'];
  closeBallot: BuiltinPayloads['closeBallot'];
  addBranch: BuiltinPayloads['addBranch'];
  removeBranch: BuiltinPayloads['removeBranch'];
  transferRole: BuiltinPayloads['transferRole'];
}

/**
 * 专题议政性常委会：选题、调研、建议、转化、问效 · Topical standing-committee session: topic, research, recommendation, conversion, follow-up (special-session, version 1): its types, for typedEngine.
 */
export interface JilinSpecialSessionWorkflow {
  id: 'special-session';
  data: JilinSpecialSessionData;
  commands: JilinSpecialSessionCommands;
}

/**
 * The definition of special-session, carrying its types.
 */
export type JilinSpecialSessionDefinition = TypedDefinition<JilinSpecialSessionWorkflow>;

/**
 * The definitions, by id, each typed with its types.
 */
export const jilin = {
  consultation: definition0 as unknown as JilinConsultationDefinition,
  proposal: definition1 as unknown as JilinProposalDefinition,
  'river-chief': definition2 as unknown as JilinRiverChiefDefinition,
  'special-session': definition3 as unknown as JilinSpecialSessionDefinition,
} as const;
