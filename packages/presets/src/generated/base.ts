/* Generated from the base preset by scripts/build-presets.ts. Do not edit by hand. */
import type { BuiltinPayloads, TypedDefinition, WorkflowDefinition } from '@luzhi/engine';

/**
 * 协商议事（有事好商量） · Consultation ("let's talk it over", 有事好商量): the instance data (实例数据).
 */
export interface BaseConsultationData {
  topic?: string;
  background?: string;
  category?: '经济发展' | '社会民生' | '城乡建设' | '生态环境' | '基层治理' | '其他';
  proposerKind?: '党政负责人' | '政协委员' | '界别' | '协商议事室' | '群众';
  proposerName?: string;
  declineReason?: string;
  firstConvener?: string;
  secondConvener?: string;
  department?: string;
  agreedTopic?: string;
  aims?: string;
  changeRequests?: number;
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
  [k: string]: unknown;
}

/**
 * Form "completion" (表单): 落实情况 · What was done.
 */
export interface BaseConsultationCompletionPayload {
  /**
   * 落实情况
   */
  outcome: string;
}

/**
 * Form "conveners" (表单): 确定召集人 · Name the conveners.
 */
export interface BaseConsultationConvenersPayload {
  /**
   * 第一召集人（政协方面，用户标识）
   */
  firstConvener: string;
  /**
   * 第二召集人（相关职能部门负责人，用户标识）
   */
  secondConvener: string;
  /**
   * 第二召集人所在职能部门
   */
  department: string;
}

/**
 * Form "declineTopic" (表单): 不予受理荐题 · Decline the topic.
 */
export interface BaseConsultationDeclineTopicPayload {
  /**
   * 不予受理的理由
   */
  reason: string;
}

/**
 * Form "dropTopic" (表单): 不予立题 · Do not fix the topic.
 */
export interface BaseConsultationDropTopicPayload {
  /**
   * 不予立题的理由
   */
  reason: string;
}

/**
 * Form "evaluate" (表单): 评价协商成效 · Evaluate the outcome.
 */
export interface BaseConsultationEvaluatePayload {
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
export interface BaseConsultationFeedbackPayload {
  /**
   * 反馈内容
   */
  feedback: string;
}

/**
 * Form "meeting" (表单): 线下协商记录 · Record of the meeting.
 */
export interface BaseConsultationMeetingPayload {
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
export interface BaseConsultationOpinionPayload {
  /**
   * 意见建议
   */
  opinion: string;
}

/**
 * Form "plan" (表单): 立题方案 · Topic plan.
 */
export interface BaseConsultationPlanPayload {
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
export interface BaseConsultationPublicOpinionPayload {
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
export interface BaseConsultationRecommendPayload {
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
 * Form "requestChanges" (表单): 提出修改意见 · Ask for changes.
 */
export interface BaseConsultationRequestChangesPayload {
  /**
   * 修改意见
   */
  reason: string;
}

/**
 * Form "research" (表单): 调研情况与协商形式 · Research and the form of consultation.
 */
export interface BaseConsultationResearchPayload {
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
export interface BaseConsultationResultsPayload {
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
export interface BaseConsultationReturnToUnitPayload {
  /**
   * 退回理由
   */
  reason: string;
}

/**
 * Form "toProposal" (表单): 协商成果转为提案 · Turn a result into a proposal.
 */
export interface BaseConsultationToProposalPayload {
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
 * 协商议事（有事好商量） · Consultation ("let's talk it over", 有事好商量): each action (动作) with the payload its form takes; undefined for an action without a form.
 */
export interface BaseConsultationCommands {
  recommend: BaseConsultationRecommendPayload;
  acceptTopic: BaseConsultationConvenersPayload;
  declineTopic: BaseConsultationDeclineTopicPayload;
  draftPlan: BaseConsultationPlanPayload;
  dropTopic: BaseConsultationDropTopicPayload;
  countersign: undefined;
  requestChanges: BaseConsultationRequestChangesPayload;
  finishResearch: BaseConsultationResearchPayload;
  recordMeeting: BaseConsultationMeetingPayload;
  giveOpinion: BaseConsultationOpinionPayload;
  recordOpinion: BaseConsultationPublicOpinionPayload;
  issueResults: BaseConsultationResultsPayload;
  urge: undefined;
  toProposal: BaseConsultationToProposalPayload;
  reportCompletion: BaseConsultationCompletionPayload;
  acceptCompletion: undefined;
  returnToUnit: BaseConsultationReturnToUnitPayload;
  sendFeedback: BaseConsultationFeedbackPayload;
  evaluate: BaseConsultationEvaluatePayload;
  archive: undefined;
  extendDeadline: BuiltinPayloads['extendDeadline'];
  addBranch: BuiltinPayloads['addBranch'];
  removeBranch: BuiltinPayloads['removeBranch'];
  transferRole: BuiltinPayloads['transferRole'];
}

/**
 * 协商议事（有事好商量） · Consultation ("let's talk it over", 有事好商量) (consultation, version 1): its types, for typedEngine.
 */
export interface BaseConsultationWorkflow {
  id: 'consultation';
  data: BaseConsultationData;
  commands: BaseConsultationCommands;
}

/**
 * The definition of consultation, carrying its types.
 */
export type BaseConsultationDefinition = TypedDefinition<BaseConsultationWorkflow>;

/**
 * 民主评议 · Democratic review: the instance data (实例数据).
 */
export interface BaseDemocraticReviewData {
  unit?: string;
  proposalReason?: string;
  approvalRef?: string;
  rejectReason?: string;
  plan?: string;
  members?: string[];
  findings?: string;
  publicSatisfaction?: number;
  respondents?: number;
  unitReport?: string;
  sessions?: number;
  tally?: {
    [k: string]: unknown;
  };
  rating?: '满意' | '不满意';
  feedback?: string;
  measures?: string;
  rectifyRounds?: number;
  followUp?: '满意' | '不满意';
  followUpComment?: string;
  reportRef?: string;
  [k: string]: unknown;
}

/**
 * Form "approve" (表单): 党委批准 · Party committee approval.
 */
export interface BaseDemocraticReviewApprovePayload {
  /**
   * 批复文号
   */
  approvalRef: string;
}

/**
 * Form "feedback" (表单): 反馈评议意见 · Review opinions sent back.
 */
export interface BaseDemocraticReviewFeedbackPayload {
  /**
   * 评议意见和整改要求
   */
  opinions: string;
}

/**
 * Form "followUp" (表单): 回头看 · Follow-up review.
 */
export interface BaseDemocraticReviewFollowUpPayload {
  /**
   * 整改是否到位
   */
  satisfied: '满意' | '不满意';
  /**
   * 意见
   */
  comment?: string;
}

/**
 * Form "plan" (表单): 评议方案 · Review plan.
 */
export interface BaseDemocraticReviewPlanPayload {
  /**
   * 评议方案（含宣传动员、调研测评、集中评议的安排）
   */
  plan: string;
  /**
   * 参加评议的政协常委
   */
  members: string[];
}

/**
 * Form "propose" (表单): 提出评议对象 · Propose the department to review.
 */
export interface BaseDemocraticReviewProposePayload {
  /**
   * 被评议单位
   */
  unit: string;
  /**
   * 提出理由
   */
  reason: string;
}

/**
 * Form "rectification" (表单): 整改情况报告 · Rectification report.
 */
export interface BaseDemocraticReviewRectificationPayload {
  /**
   * 整改措施和成效
   */
  measures: string;
}

/**
 * Form "reject" (表单): 党委不同意 · Party committee declines.
 */
export interface BaseDemocraticReviewRejectPayload {
  /**
   * 理由
   */
  reason: string;
}

/**
 * Form "report" (表单): 评议情况报告 · Review report.
 */
export interface BaseDemocraticReviewReportPayload {
  /**
   * 报送党委、政府的报告文号
   */
  reportRef: string;
}

/**
 * Form "research" (表单): 调研与群众测评 · Research and public scoring.
 */
export interface BaseDemocraticReviewResearchPayload {
  /**
   * 调研情况
   */
  findings: string;
  /**
   * 群众测评满意率（%）
   */
  publicSatisfaction: number;
  /**
   * 参加测评人数
   */
  respondents: number;
}

/**
 * Form "unitReport" (表单): 被评议单位工作汇报 · The department's work report.
 */
export interface BaseDemocraticReviewUnitReportPayload {
  /**
   * 汇报要点
   */
  summary: string;
}

/**
 * 民主评议 · Democratic review: each action (动作) with the payload its form takes; undefined for an action without a form.
 */
export interface BaseDemocraticReviewCommands {
  propose: BaseDemocraticReviewProposePayload;
  approve: BaseDemocraticReviewApprovePayload;
  reject: BaseDemocraticReviewRejectPayload;
  adoptPlan: BaseDemocraticReviewPlanPayload;
  recordResearch: BaseDemocraticReviewResearchPayload;
  presentReport: BaseDemocraticReviewUnitReportPayload;
  reconvene: undefined;
  sendFeedback: BaseDemocraticReviewFeedbackPayload;
  reportRectification: BaseDemocraticReviewRectificationPayload;
  conclude: BaseDemocraticReviewFollowUpPayload;
  submitReport: BaseDemocraticReviewReportPayload;
  castVote: BuiltinPayloads['castVote'];
  closeBallot: BuiltinPayloads['closeBallot'];
  extendDeadline: BuiltinPayloads['extendDeadline'];
  transferRole: BuiltinPayloads['transferRole'];
}

/**
 * 民主评议 · Democratic review (democratic-review, version 1): its types, for typedEngine.
 */
export interface BaseDemocraticReviewWorkflow {
  id: 'democratic-review';
  data: BaseDemocraticReviewData;
  commands: BaseDemocraticReviewCommands;
}

/**
 * The definition of democratic-review, carrying its types.
 */
export type BaseDemocraticReviewDefinition = TypedDefinition<BaseDemocraticReviewWorkflow>;

/**
 * 提案办理 · Proposal handling: the instance data (实例数据).
 */
export interface BaseProposalData {
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
  [k: string]: unknown;
}

/**
 * Form "assign" (表单): 交办 · Assign.
 */
export type BaseProposalAssignPayload = {
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
export interface BaseProposalAssignMergedPayload {
  /**
   * 主提案的主办单位
   */
  leadUnit: string;
}

/**
 * Form "consultation" (表单): 办前面商记录 · Consultation before handling.
 */
export interface BaseProposalConsultationPayload {
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
export interface BaseProposalDeclinePayload {
  /**
   * 谢绝理由
   */
  reason?: string;
}

/**
 * Form "evaluate" (表单): 提案办理意见反馈 · Proposer's feedback.
 */
export interface BaseProposalEvaluatePayload {
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
export interface BaseProposalExtensionRequestPayload {
  /**
   * 延期理由
   */
  reason: string;
}

/**
 * Form "instruction" (表单): 督办批示 · Supervision instruction.
 */
export interface BaseProposalInstructionPayload {
  /**
   * 批示内容
   */
  instruction: string;
}

/**
 * Form "markKey" (表单): 列为重点提案 · Make it a key proposal.
 */
export interface BaseProposalMarkKeyPayload {
  /**
   * 领办（督办）领导（用户标识）
   */
  leadOfficial: string;
  /**
   * 领办方式
   */
  leaderKind: '党委领导领办' | '政府领导领办' | '政协主席会议成员督办';
  /**
   * 主席会议确定重点提案的会议及日期
   */
  councilApproval: string;
}

/**
 * Form "merge" (表单): 并案 · Merge into another proposal.
 */
export interface BaseProposalMergePayload {
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
export interface BaseProposalNotFiledPayload {
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
export interface BaseProposalObjectionPayload {
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
export interface BaseProposalOpinionPayload {
  /**
   * 会办意见（送主办单位）
   */
  opinion: string;
}

/**
 * Form "progress" (表单): 办中沟通 · Progress report.
 */
export interface BaseProposalProgressPayload {
  /**
   * 办理进展
   */
  summary: string;
}

/**
 * Form "reclassify" (表单): 调整答复类别 · Change the reply class.
 */
export interface BaseProposalReclassifyPayload {
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
export interface BaseProposalReplyPayload {
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
export interface BaseProposalReturnForRevisionPayload {
  /**
   * 退回理由
   */
  reason: string;
}

/**
 * Form "returnReply" (表单): 退回重办 · Send the reply back.
 */
export interface BaseProposalReturnReplyPayload {
  /**
   * 退回理由
   */
  reason: string;
}

/**
 * Form "submit" (表单): 提交提案 · Submit the proposal.
 */
export interface BaseProposalSubmitPayload {
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
 * 提案办理 · Proposal handling: each action (动作) with the payload its form takes; undefined for an action without a form.
 */
export interface BaseProposalCommands {
  submit: BaseProposalSubmitPayload;
  discard: undefined;
  withdraw: undefined;
  confirm: undefined;
  decline: BaseProposalDeclinePayload;
  accept: undefined;
  reject: BaseProposalNotFiledPayload;
  merge: BaseProposalMergePayload;
  returnForRevision: BaseProposalReturnForRevisionPayload;
  consentToReport: undefined;
  consentToLetter: undefined;
  declineConversion: undefined;
  assignMerged: BaseProposalAssignMergedPayload;
  replyMerged: BaseProposalReplyPayload;
  assign: BaseProposalAssignPayload;
  markKey: BaseProposalMarkKeyPayload;
  signFor: undefined;
  objectAssignment: BaseProposalObjectionPayload;
  reportProgress: BaseProposalProgressPayload;
  applyExtension: BaseProposalExtensionRequestPayload;
  recordConsultation: BaseProposalConsultationPayload;
  reply: BaseProposalReplyPayload;
  sendOpinion: BaseProposalOpinionPayload;
  remind: undefined;
  instruct: BaseProposalInstructionPayload;
  approveReply: undefined;
  reclassify: BaseProposalReclassifyPayload;
  returnReply: BaseProposalReturnReplyPayload;
  closeSupervision: undefined;
  sendBack: BaseProposalReturnReplyPayload;
  evaluate: BaseProposalEvaluatePayload;
  giveView: BaseProposalEvaluatePayload;
  replyAgain: BaseProposalReplyPayload;
  extendDeadline: BuiltinPayloads['extendDeadline'];
  transferRole: BuiltinPayloads['transferRole'];
}

/**
 * 提案办理 · Proposal handling (proposal, version 1): its types, for typedEngine.
 */
export interface BaseProposalWorkflow {
  id: 'proposal';
  data: BaseProposalData;
  commands: BaseProposalCommands;
}

/**
 * The definition of proposal, carrying its types.
 */
export type BaseProposalDefinition = TypedDefinition<BaseProposalWorkflow>;

/**
 * 社情民意信息 · Public-opinion reports (社情民意信息): the instance data (实例数据).
 */
export interface BasePublicOpinionData {
  submitter: string;
  submitterKind?: '委员' | '党派团体' | '专委会' | '界别' | '特约信息员';
  title?: string;
  content?: string;
  suggestions?: string;
  urgent?: boolean;
  originProposal?: string;
  submittedAt?: string;
  adopted?: boolean;
  reviewedBy?: string;
  notAdoptedReason?: string;
  returnReason?: string;
  returnCount?: number;
  downgradeReason?: string;
  signedBy?: string;
  sentTo?: ('党委' | '政府' | '上级政协')[];
  issue?: string;
  adoptedUpstream?: {
    level?: '市级' | '省级' | '全国';
    body?: string;
    [k: string]: unknown;
  }[];
  mediaUse?: {
    outlet?: string;
    date?: string;
    [k: string]: unknown;
  }[];
  instructions?: {
    leader?: string;
    content?: string;
    date?: string;
    [k: string]: unknown;
  }[];
  implementation?: string;
  feedback?: string;
  [k: string]: unknown;
}

/**
 * Form "adopt" (表单): 采用 · Adopt.
 */
export interface BasePublicOpinionAdoptPayload {
  /**
   * 编辑后的标题（可不填）
   */
  editedTitle?: string;
}

/**
 * Form "downgrade" (表单): 改按一般信息办理 · Treat as not urgent.
 */
export interface BasePublicOpinionDowngradePayload {
  /**
   * 不按急事急报办理的理由
   */
  reason: string;
}

/**
 * Form "feedback" (表单): 反馈报送人 · Feedback to the submitter.
 */
export interface BasePublicOpinionFeedbackPayload {
  /**
   * 反馈内容（采用、批示、办理落实情况）
   */
  feedback: string;
}

/**
 * Form "notAdopt" (表单): 不采用 · Do not adopt.
 */
export interface BasePublicOpinionNotAdoptPayload {
  /**
   * 不采用的理由
   */
  reason: string;
}

/**
 * Form "recordAdoption" (表单): 记录上级采用 · Record adoption upstream.
 */
export interface BasePublicOpinionRecordAdoptionPayload {
  /**
   * 采用层级
   */
  level: '市级' | '省级' | '全国';
  /**
   * 采用单位（如省政协、全国政协）
   */
  body: string;
}

/**
 * Form "recordImplementation" (表单): 记录办理落实情况 · Record the follow-through.
 */
export interface BasePublicOpinionRecordImplementationPayload {
  /**
   * 办理落实情况
   */
  outcome: string;
}

/**
 * Form "recordInstruction" (表单): 记录领导批示 · Record a leader's instruction.
 */
export interface BasePublicOpinionRecordInstructionPayload {
  /**
   * 批示领导
   */
  leader: string;
  /**
   * 批示内容
   */
  content: string;
  /**
   * 批示日期
   */
  date: string;
}

/**
 * Form "recordMedia" (表单): 记录媒体刊用 · Record use by the media.
 */
export interface BasePublicOpinionRecordMediaPayload {
  /**
   * 媒体
   */
  outlet: string;
  /**
   * 刊用日期
   */
  date: string;
}

/**
 * Form "returnForRevision" (表单): 退回修改 · Return for revision.
 */
export interface BasePublicOpinionReturnForRevisionPayload {
  /**
   * 退回情形
   */
  ground: '一事多报' | '情况不实或不完整' | '表述需修改' | '其他';
  /**
   * 修改意见
   */
  reason: string;
}

/**
 * Form "sendBack" (表单): 退回审查 · Send back to review.
 */
export interface BasePublicOpinionSendBackPayload {
  /**
   * 退回理由
   */
  reason: string;
}

/**
 * Form "sendUpward" (表单): 报送上级 · Send upward.
 */
export interface BasePublicOpinionSendUpwardPayload {
  /**
   * 报送对象
   */
  sentTo: ('党委' | '政府' | '上级政协')[];
  /**
   * 刊发期号（如《社情民意专报》期号）
   */
  issue?: string;
}

/**
 * Form "submit" (表单): 报送社情民意信息 · Submit the report.
 */
export interface BasePublicOpinionSubmitPayload {
  /**
   * 标题（一事一报：只反映一件事）
   */
  title: string;
  /**
   * 情况反映
   */
  content: string;
  /**
   * 意见建议
   */
  suggestions?: string;
  /**
   * 报送方
   */
  submitterKind: '委员' | '党派团体' | '专委会' | '界别' | '特约信息员';
  /**
   * 急事急报
   */
  urgent?: boolean;
}

/**
 * 社情民意信息 · Public-opinion reports (社情民意信息): each action (动作) with the payload its form takes; undefined for an action without a form.
 */
export interface BasePublicOpinionCommands {
  submit: BasePublicOpinionSubmitPayload;
  adopt: BasePublicOpinionAdoptPayload;
  notAdopt: BasePublicOpinionNotAdoptPayload;
  returnForRevision: BasePublicOpinionReturnForRevisionPayload;
  sign: undefined;
  sendBack: BasePublicOpinionSendBackPayload;
  sendUpward: BasePublicOpinionSendUpwardPayload;
  downgrade: BasePublicOpinionDowngradePayload;
  recordAdoption: BasePublicOpinionRecordAdoptionPayload;
  recordMedia: BasePublicOpinionRecordMediaPayload;
  recordInstruction: BasePublicOpinionRecordInstructionPayload;
  recordImplementation: BasePublicOpinionRecordImplementationPayload;
  sendFeedback: BasePublicOpinionFeedbackPayload;
  transferRole: BuiltinPayloads['transferRole'];
}

/**
 * 社情民意信息 · Public-opinion reports (社情民意信息) (public-opinion, version 1): its types, for typedEngine.
 */
export interface BasePublicOpinionWorkflow {
  id: 'public-opinion';
  data: BasePublicOpinionData;
  commands: BasePublicOpinionCommands;
}

/**
 * The definition of public-opinion, carrying its types.
 */
export type BasePublicOpinionDefinition = TypedDefinition<BasePublicOpinionWorkflow>;

/**
 * The definitions, by id, each typed with its types.
 */
export const base = {
  consultation: ({
    id: 'consultation',
    version: 1,
    title: {
      'zh-CN': '协商议事（有事好商量）',
      en: 'Consultation ("let\'s talk it over", 有事好商量)',
    },
    description: {
      'zh-CN': '荐题、立题、调研、协商（线下协商或云协商）、成果转化、反馈、评价、归档。第一召集人（政协方面）与第二召集人（与议题相关联的职能部门负责人）共同立题：第一召集人拟定立题方案，第二召集人会签同意后才进入调研。云协商在征集期内听取受邀委员（每人一个分支）以及由协商议事室代为录入的利益相关方、群众代表的意见；征集期届满即结束征集。协商成果清单中的每个责任单位各自一个分支办理落实，由第二召集人督促、确认。',
      en: 'Propose topics, fix the topic, research, consult (a meeting, or online — 云协商), put the results into effect, feed back, evaluate, archive. The first convener (the CPPCC side) and the second convener (head of the department concerned) fix the topic together: the first convener drafts the topic plan and nothing goes on to research until the second convener countersigns it. An online consultation hears the invited members (one branch each) and the stakeholders and residents whose opinions the consultation office records, until the collection window closes. Each responsible unit on the results list puts its items into effect on its own branch, driven and checked by the second convener.',
    },
    roles: {
      recommender: {
        title: {
          'zh-CN': '荐题人',
          en: 'Topic proposer',
        },
        description: {
          'zh-CN': '提出议题的党政负责人、政协委员、界别或协商议事室：只有本人能填写和提交荐题',
          en: 'The party or government leader, member, sector or consultation room that proposes the topic: only they fill in and submit it',
        },
        holders: 'starter',
      },
      office: {
        title: {
          'zh-CN': '协商议事室（政协机关）',
          en: 'Consultation office',
        },
        description: {
          'zh-CN': '组织协商议事：受理荐题、确定召集人、记录线下协商和群众意见、反馈、评价、归档',
          en: 'Runs the consultation: takes topics in, names the conveners, records meetings and residents\' opinions, feeds back, evaluates, archives',
        },
        oversight: true,
      },
      'first-convener': {
        title: {
          'zh-CN': '第一召集人',
          en: 'First convener',
        },
        description: {
          'zh-CN': '政协方面的召集人（/firstConvener）：拟定立题方案，组织调研，形成协商成果清单',
          en: 'The convener on the CPPCC side (/firstConvener): drafts the topic plan, leads the research, draws up the results list',
        },
        holders: '/firstConvener',
        transfer: [
          'office',
        ],
      },
      'second-convener': {
        title: {
          'zh-CN': '第二召集人',
          en: 'Second convener',
        },
        description: {
          'zh-CN': '由解决议题问题相关联的职能部门负责人担任（/secondConvener）：会同第一召集人立题，推动并确认成果转化',
          en: 'Head of the department concerned with the issue (/secondConvener): fixes the topic with the first convener, drives and checks the results being put into effect',
        },
        holders: '/secondConvener',
        transfer: [
          'office',
        ],
      },
      'invited-member': {
        title: {
          'zh-CN': '受邀委员',
          en: 'Invited member',
        },
        description: {
          'zh-CN': '云协商中受邀发表意见的政协委员（/invitedMembers），每人只在自己的分支上发表意见',
          en: 'The members invited to give opinions in an online consultation (/invitedMembers); each gives their own, on their own branch',
        },
        holders: '/invitedMembers',
      },
      'responsible-unit': {
        title: {
          'zh-CN': '责任单位',
          en: 'Responsible unit',
        },
        description: {
          'zh-CN': '协商成果清单中负责落实某项成果的单位，只办理本单位的分支',
          en: 'A unit the results list makes responsible for an item; it acts on its own branch only',
        },
        scope: 'unit',
      },
    },
    data: {
      type: 'object',
      properties: {
        topic: {
          type: 'string',
        },
        background: {
          type: 'string',
        },
        category: {
          enum: [
            '经济发展',
            '社会民生',
            '城乡建设',
            '生态环境',
            '基层治理',
            '其他',
          ],
        },
        proposerKind: {
          enum: [
            '党政负责人',
            '政协委员',
            '界别',
            '协商议事室',
            '群众',
          ],
        },
        proposerName: {
          type: 'string',
        },
        declineReason: {
          type: 'string',
        },
        firstConvener: {
          type: 'string',
          minLength: 1,
        },
        secondConvener: {
          type: 'string',
          minLength: 1,
        },
        department: {
          type: 'string',
        },
        agreedTopic: {
          type: 'string',
        },
        aims: {
          type: 'string',
        },
        changeRequests: {
          type: 'integer',
          minimum: 0,
        },
        dropReason: {
          type: 'string',
        },
        researchSummary: {
          type: 'string',
        },
        format: {
          enum: [
            '线下协商',
            '云协商',
          ],
        },
        invitedMembers: {
          type: 'array',
          items: {
            type: 'string',
            minLength: 1,
          },
          uniqueItems: true,
          maxItems: 200,
        },
        opinionMembers: {
          type: 'array',
          items: {
            type: 'string',
          },
          maxItems: 200,
        },
        memberOpinions: {
          type: 'array',
          items: {
            type: 'string',
          },
          maxItems: 200,
        },
        publicOpinions: {
          type: 'array',
          maxItems: 500,
          items: {
            type: 'object',
            properties: {
              source: {
                enum: [
                  '利益相关方',
                  '群众代表',
                ],
              },
              name: {
                type: 'string',
              },
              opinion: {
                type: 'string',
              },
            },
          },
        },
        meeting: {
          type: 'object',
          properties: {
            date: {
              type: 'string',
            },
            place: {
              type: 'string',
            },
            attendance: {
              type: 'string',
            },
            summary: {
              type: 'string',
            },
          },
        },
        results: {
          type: 'array',
          maxItems: 50,
          items: {
            type: 'object',
            properties: {
              unit: {
                type: 'string',
              },
              item: {
                type: 'string',
              },
            },
          },
        },
        completedUnits: {
          type: 'array',
          items: {
            type: 'string',
          },
        },
        completionReports: {
          type: 'array',
          items: {
            type: 'string',
          },
        },
        urgeCount: {
          type: 'integer',
          minimum: 0,
        },
        feedback: {
          type: 'string',
        },
        evaluation: {
          enum: [
            '满意',
            '基本满意',
            '不满意',
          ],
        },
        evaluationComment: {
          type: 'string',
        },
        reworkCount: {
          type: 'integer',
          minimum: 0,
        },
        proposalsStarted: {
          type: 'integer',
          minimum: 0,
        },
      },
    },
    forms: {
      recommend: {
        title: {
          'zh-CN': '荐题',
          en: 'Propose a topic',
        },
        schema: {
          type: 'object',
          required: [
            'topic',
            'background',
            'category',
            'proposerKind',
            'proposerName',
          ],
          properties: {
            topic: {
              type: 'string',
              title: '议题',
              minLength: 4,
              maxLength: 60,
            },
            background: {
              type: 'string',
              title: '问题与背景',
              minLength: 10,
            },
            category: {
              title: '类别',
              enum: [
                '经济发展',
                '社会民生',
                '城乡建设',
                '生态环境',
                '基层治理',
                '其他',
              ],
            },
            proposerKind: {
              title: '荐题方',
              enum: [
                '党政负责人',
                '政协委员',
                '界别',
                '协商议事室',
                '群众',
              ],
            },
            proposerName: {
              type: 'string',
              title: '荐题人或单位',
              minLength: 2,
            },
          },
          additionalProperties: false,
        },
        ui: {
          type: 'VerticalLayout',
          elements: [
            {
              type: 'Control',
              scope: '#/properties/topic',
            },
            {
              type: 'Control',
              scope: '#/properties/background',
              options: {
                multi: true,
              },
            },
            {
              type: 'Control',
              scope: '#/properties/category',
            },
            {
              type: 'Control',
              scope: '#/properties/proposerKind',
            },
            {
              type: 'Control',
              scope: '#/properties/proposerName',
            },
          ],
        },
      },
      conveners: {
        title: {
          'zh-CN': '确定召集人',
          en: 'Name the conveners',
        },
        schema: {
          type: 'object',
          required: [
            'firstConvener',
            'secondConvener',
            'department',
          ],
          properties: {
            firstConvener: {
              type: 'string',
              title: '第一召集人（政协方面，用户标识）',
              minLength: 1,
            },
            secondConvener: {
              type: 'string',
              title: '第二召集人（相关职能部门负责人，用户标识）',
              minLength: 1,
            },
            department: {
              type: 'string',
              title: '第二召集人所在职能部门',
              minLength: 2,
            },
          },
          additionalProperties: false,
        },
      },
      declineTopic: {
        title: {
          'zh-CN': '不予受理荐题',
          en: 'Decline the topic',
        },
        schema: {
          type: 'object',
          required: [
            'reason',
          ],
          properties: {
            reason: {
              type: 'string',
              title: '不予受理的理由',
              minLength: 5,
            },
          },
          additionalProperties: false,
        },
      },
      dropTopic: {
        title: {
          'zh-CN': '不予立题',
          en: 'Do not fix the topic',
        },
        schema: {
          type: 'object',
          required: [
            'reason',
          ],
          properties: {
            reason: {
              type: 'string',
              title: '不予立题的理由',
              minLength: 5,
            },
          },
          additionalProperties: false,
        },
      },
      requestChanges: {
        title: {
          'zh-CN': '提出修改意见',
          en: 'Ask for changes',
        },
        schema: {
          type: 'object',
          required: [
            'reason',
          ],
          properties: {
            reason: {
              type: 'string',
              title: '修改意见',
              minLength: 5,
            },
          },
          additionalProperties: false,
        },
      },
      returnToUnit: {
        title: {
          'zh-CN': '退回重新落实',
          en: 'Send back to the unit',
        },
        schema: {
          type: 'object',
          required: [
            'reason',
          ],
          properties: {
            reason: {
              type: 'string',
              title: '退回理由',
              minLength: 5,
            },
          },
          additionalProperties: false,
        },
      },
      plan: {
        title: {
          'zh-CN': '立题方案',
          en: 'Topic plan',
        },
        schema: {
          type: 'object',
          required: [
            'agreedTopic',
            'aims',
          ],
          properties: {
            agreedTopic: {
              type: 'string',
              title: '协商议题',
              minLength: 4,
              maxLength: 60,
            },
            aims: {
              type: 'string',
              title: '协商目标与范围',
              minLength: 10,
            },
          },
          additionalProperties: false,
        },
        ui: {
          type: 'VerticalLayout',
          elements: [
            {
              type: 'Control',
              scope: '#/properties/agreedTopic',
            },
            {
              type: 'Control',
              scope: '#/properties/aims',
              options: {
                multi: true,
              },
            },
          ],
        },
      },
      research: {
        title: {
          'zh-CN': '调研情况与协商形式',
          en: 'Research and the form of consultation',
        },
        schema: {
          type: 'object',
          required: [
            'summary',
            'format',
          ],
          properties: {
            summary: {
              type: 'string',
              title: '调研情况',
              minLength: 10,
            },
            format: {
              title: '协商形式',
              enum: [
                '线下协商',
                '云协商',
              ],
            },
            invitedMembers: {
              type: 'array',
              title: '受邀发表意见的委员（用户标识，云协商时必填，最多 200 人）',
              items: {
                type: 'string',
                minLength: 1,
              },
              uniqueItems: true,
              maxItems: 200,
            },
          },
          if: {
            properties: {
              format: {
                const: '云协商',
              },
            },
          },
          then: {
            required: [
              'invitedMembers',
            ],
            properties: {
              invitedMembers: {
                type: 'array',
                minItems: 1,
              },
            },
          },
          else: {
            properties: {
              invitedMembers: {
                type: 'array',
                maxItems: 0,
              },
            },
          },
          additionalProperties: false,
        },
        ui: {
          type: 'VerticalLayout',
          elements: [
            {
              type: 'Control',
              scope: '#/properties/summary',
              options: {
                multi: true,
              },
            },
            {
              type: 'Control',
              scope: '#/properties/format',
            },
            {
              type: 'Control',
              scope: '#/properties/invitedMembers',
              rule: {
                effect: 'SHOW',
                condition: {
                  scope: '#/properties/format',
                  schema: {
                    const: '云协商',
                  },
                },
              },
            },
          ],
        },
      },
      opinion: {
        title: {
          'zh-CN': '发表意见',
          en: 'Give an opinion',
        },
        schema: {
          type: 'object',
          required: [
            'opinion',
          ],
          properties: {
            opinion: {
              type: 'string',
              title: '意见建议',
              minLength: 5,
            },
          },
          additionalProperties: false,
        },
      },
      publicOpinion: {
        title: {
          'zh-CN': '录入利益相关方、群众代表意见',
          en: 'Record a stakeholder\'s or resident\'s opinion',
        },
        schema: {
          type: 'object',
          required: [
            'source',
            'opinion',
          ],
          properties: {
            source: {
              title: '意见来源',
              enum: [
                '利益相关方',
                '群众代表',
              ],
            },
            name: {
              type: 'string',
              title: '姓名或单位（可不填）',
              minLength: 1,
            },
            opinion: {
              type: 'string',
              title: '意见建议',
              minLength: 5,
            },
          },
          additionalProperties: false,
        },
      },
      meeting: {
        title: {
          'zh-CN': '线下协商记录',
          en: 'Record of the meeting',
        },
        schema: {
          type: 'object',
          required: [
            'date',
            'place',
            'attendance',
            'summary',
          ],
          properties: {
            date: {
              type: 'string',
              title: '协商日期',
              format: 'date',
            },
            place: {
              type: 'string',
              title: '地点（协商议事室）',
              minLength: 2,
            },
            attendance: {
              type: 'string',
              title: '参加人员（委员、利益相关方、群众代表、部门负责人）',
              minLength: 2,
            },
            summary: {
              type: 'string',
              title: '协商情况与主要意见',
              minLength: 10,
            },
          },
          additionalProperties: false,
        },
      },
      results: {
        title: {
          'zh-CN': '协商成果清单',
          en: 'Results list',
        },
        schema: {
          type: 'object',
          required: [
            'results',
          ],
          properties: {
            results: {
              type: 'array',
              title: '成果事项（每项写明责任单位；同一单位的多项由该单位一并落实，最多 50 项）',
              minItems: 1,
              maxItems: 50,
              items: {
                type: 'object',
                required: [
                  'unit',
                  'item',
                ],
                properties: {
                  unit: {
                    type: 'string',
                    title: '责任单位',
                    minLength: 2,
                  },
                  item: {
                    type: 'string',
                    title: '成果事项',
                    minLength: 5,
                  },
                },
                additionalProperties: false,
              },
            },
          },
          additionalProperties: false,
        },
      },
      completion: {
        title: {
          'zh-CN': '落实情况',
          en: 'What was done',
        },
        schema: {
          type: 'object',
          required: [
            'outcome',
          ],
          properties: {
            outcome: {
              type: 'string',
              title: '落实情况',
              minLength: 5,
            },
          },
          additionalProperties: false,
        },
      },
      feedback: {
        title: {
          'zh-CN': '反馈协商成果落实情况',
          en: 'Feedback to the participants',
        },
        schema: {
          type: 'object',
          required: [
            'feedback',
          ],
          properties: {
            feedback: {
              type: 'string',
              title: '反馈内容',
              minLength: 10,
            },
          },
          additionalProperties: false,
        },
      },
      evaluate: {
        title: {
          'zh-CN': '评价协商成效',
          en: 'Evaluate the outcome',
        },
        schema: {
          type: 'object',
          required: [
            'evaluation',
          ],
          properties: {
            evaluation: {
              title: '成效评价',
              enum: [
                '满意',
                '基本满意',
                '不满意',
              ],
            },
            comment: {
              type: 'string',
              title: '评价意见',
              minLength: 2,
            },
          },
          if: {
            properties: {
              evaluation: {
                const: '不满意',
              },
            },
          },
          then: {
            required: [
              'comment',
            ],
          },
          additionalProperties: false,
        },
      },
      toProposal: {
        title: {
          'zh-CN': '协商成果转为提案',
          en: 'Turn a result into a proposal',
        },
        description: {
          'zh-CN': '需要以提案推动落实的协商成果，由一位政协委员作为第一提案人提出；提案在其草稿中打开，由本人补充、提交。',
          en: 'A result that needs a proposal to carry it forward is put by a member as its lead proposer; the proposal opens as that member\'s draft, for them to complete and submit.',
        },
        schema: {
          type: 'object',
          required: [
            'proposer',
            'title',
            'suggestions',
          ],
          additionalProperties: false,
          properties: {
            proposer: {
              type: 'string',
              title: '第一提案人（委员的用户标识）',
              minLength: 1,
              maxLength: 200,
              pattern: '^\\S(.*\\S)?$',
            },
            title: {
              type: 'string',
              title: '提案案由',
              minLength: 4,
              maxLength: 200,
            },
            suggestions: {
              type: 'string',
              title: '建议',
              minLength: 10,
              maxLength: 20000,
            },
          },
        },
      },
    },
    initial: 'recommending',
    states: {
      recommending: {
        title: {
          'zh-CN': '荐题',
          en: 'Propose a topic',
        },
        on: {
          recommend: {
            to: 'screening',
            title: {
              'zh-CN': '提交荐题',
              en: 'Submit the topic',
            },
            roles: [
              'recommender',
            ],
            form: 'recommend',
            set: {
              '/topic': 'payload.topic',
              '/background': 'payload.background',
              '/category': 'payload.category',
              '/proposerKind': 'payload.proposerKind',
              '/proposerName': 'payload.proposerName',
            },
            effects: [
              {
                notify: {
                  roles: [
                    'office',
                  ],
                  message: {
                    'zh-CN': '收到新的协商议题建议，请受理并确定召集人',
                    en: 'A topic was proposed: take it in and name the conveners',
                  },
                },
              },
            ],
          },
        },
      },
      screening: {
        title: {
          'zh-CN': '荐题受理：确定召集人',
          en: 'Take the topic in: name the conveners',
        },
        on: {
          acceptTopic: {
            to: 'fixing',
            title: {
              'zh-CN': '受理并确定召集人',
              en: 'Take it in and name the conveners',
            },
            roles: [
              'office',
            ],
            form: 'conveners',
            when: 'payload.firstConvener != payload.secondConvener',
            set: {
              '/firstConvener': 'payload.firstConvener',
              '/secondConvener': 'payload.secondConvener',
              '/department': 'payload.department',
            },
            effects: [
              {
                notify: {
                  roles: [
                    'first-convener',
                    'second-convener',
                  ],
                  message: {
                    'zh-CN': '您被确定为本次协商议事的召集人，请共同立题',
                    en: 'You convene this consultation: fix the topic together',
                  },
                },
              },
            ],
          },
          declineTopic: {
            to: 'notAccepted',
            title: {
              'zh-CN': '不予受理',
              en: 'Decline',
            },
            roles: [
              'office',
            ],
            form: 'declineTopic',
            set: {
              '/declineReason': 'payload.reason',
            },
            effects: [
              {
                notify: {
                  roles: [
                    'recommender',
                  ],
                  message: {
                    'zh-CN': '您提出的议题未予受理，请查看理由',
                    en: 'The topic you proposed was not taken in; see the reason',
                  },
                },
              },
            ],
          },
        },
      },
      fixing: {
        title: {
          'zh-CN': '立题：两位召集人共同立题',
          en: 'Fix the topic: the two conveners together',
        },
        description: {
          'zh-CN': '第一召集人拟定立题方案，第二召集人会签；第二召集人提出修改意见的，退回第一召集人修改。两位召集人都同意后才进入调研。',
          en: 'The first convener drafts the topic plan and the second convener countersigns it; changes the second convener asks for go back to the first convener. Research starts only once both agree.',
        },
        initial: 'drafting',
        states: {
          drafting: {
            title: {
              'zh-CN': '第一召集人拟定立题方案',
              en: 'The first convener drafts the plan',
            },
            on: {
              draftPlan: {
                to: 'countersigning',
                title: {
                  'zh-CN': '提交立题方案',
                  en: 'Submit the plan',
                },
                roles: [
                  'first-convener',
                ],
                form: 'plan',
                set: {
                  '/agreedTopic': 'payload.agreedTopic',
                  '/aims': 'payload.aims',
                },
                effects: [
                  {
                    notify: {
                      roles: [
                        'second-convener',
                      ],
                      message: {
                        'zh-CN': '第一召集人已拟定立题方案，请会签',
                        en: 'The first convener drafted the topic plan: please countersign',
                      },
                    },
                  },
                ],
              },
              dropTopic: {
                to: 'notFixed',
                title: {
                  'zh-CN': '不予立题',
                  en: 'Do not fix the topic',
                },
                roles: [
                  'first-convener',
                ],
                form: 'dropTopic',
                set: {
                  '/dropReason': 'payload.reason',
                },
                effects: [
                  {
                    notify: {
                      roles: [
                        'recommender',
                        'second-convener',
                        'office',
                      ],
                      message: {
                        'zh-CN': '本议题不予立题，请查看理由',
                        en: 'The topic will not be taken up; see the reason',
                      },
                    },
                  },
                ],
              },
            },
          },
          countersigning: {
            title: {
              'zh-CN': '第二召集人会签立题方案',
              en: 'The second convener countersigns',
            },
            on: {
              countersign: {
                to: 'researching',
                title: {
                  'zh-CN': '会签同意',
                  en: 'Countersign',
                },
                roles: [
                  'second-convener',
                ],
                effects: [
                  {
                    notify: {
                      roles: [
                        'first-convener',
                        'office',
                      ],
                      message: {
                        'zh-CN': '两位召集人已共同立题，请组织调研',
                        en: 'Both conveners fixed the topic: start the research',
                      },
                    },
                  },
                ],
              },
              requestChanges: {
                to: 'drafting',
                title: {
                  'zh-CN': '提出修改意见',
                  en: 'Ask for changes',
                },
                roles: [
                  'second-convener',
                ],
                form: 'requestChanges',
                set: {
                  '/changeRequests': 'coalesce(data.changeRequests, 0) + 1',
                },
                effects: [
                  {
                    notify: {
                      roles: [
                        'first-convener',
                      ],
                      message: {
                        'zh-CN': '第二召集人对立题方案提出修改意见',
                        en: 'The second convener asks for changes to the topic plan',
                      },
                    },
                  },
                ],
              },
            },
          },
        },
      },
      researching: {
        title: {
          'zh-CN': '调研',
          en: 'Research',
        },
        description: {
          'zh-CN': '协商前开展调研，结束时选定协商形式：线下协商，或云协商并列出受邀委员。',
          en: 'Research before the consultation; at its end the conveners choose a meeting, or an online consultation with the members invited.',
        },
        on: {
          finishResearch: [
            {
              to: 'cloud',
              title: {
                'zh-CN': '调研结束，开展协商',
                en: 'Research done: consult',
              },
              roles: [
                'first-convener',
                'second-convener',
              ],
              form: 'research',
              when: 'payload.format == \'云协商\'',
              set: {
                '/researchSummary': 'payload.summary',
                '/format': 'payload.format',
                '/invitedMembers': 'payload.invitedMembers',
                '/opinionMembers': '[]',
                '/memberOpinions': '[]',
                '/publicOpinions': '[]',
              },
              effects: [
                {
                  notify: {
                    roles: [
                      'invited-member',
                    ],
                    message: {
                      'zh-CN': '诚邀您参加云协商，请在征集期内发表意见',
                      en: 'You are invited to an online consultation: give your opinion before the window closes',
                    },
                  },
                },
              ],
            },
            {
              to: 'meeting',
              title: {
                'zh-CN': '调研结束，开展协商',
                en: 'Research done: consult',
              },
              roles: [
                'first-convener',
                'second-convener',
              ],
              form: 'research',
              set: {
                '/researchSummary': 'payload.summary',
                '/format': 'payload.format',
              },
              effects: [
                {
                  notify: {
                    roles: [
                      'office',
                    ],
                    message: {
                      'zh-CN': '请组织线下协商并记录',
                      en: 'Hold the meeting and record it',
                    },
                  },
                },
              ],
            },
          ],
        },
      },
      meeting: {
        title: {
          'zh-CN': '协商：线下协商',
          en: 'Consult: the meeting',
        },
        on: {
          recordMeeting: {
            to: 'summarising',
            title: {
              'zh-CN': '记录协商情况',
              en: 'Record the meeting',
            },
            roles: [
              'office',
            ],
            form: 'meeting',
            set: {
              '/meeting': 'payload',
            },
            effects: [
              {
                notify: {
                  roles: [
                    'first-convener',
                  ],
                  message: {
                    'zh-CN': '线下协商已记录，请形成协商成果清单',
                    en: 'The meeting is recorded: draw up the results list',
                  },
                },
              },
            ],
          },
        },
      },
      cloud: {
        title: {
          'zh-CN': '协商：云协商',
          en: 'Consult: online (云协商)',
        },
        description: {
          'zh-CN': '征集期七天：受邀委员各自在自己的分支上发表意见，协商议事室录入利益相关方和群众代表的意见。征集期届满即结束征集，进入形成成果清单；协商议事室可延长征集期一次，最多七天。期限为本委的选择（来源未作规定）。',
          en: 'A seven-day window: each invited member gives an opinion on their own branch, and the consultation office records the opinions of stakeholders and residents. When the window closes, collection ends and the results list is drawn up; the office may extend the window once, by up to seven days. The period is the committee\'s choice (the sources set none).',
        },
        type: 'parallel',
        deadline: {
          within: 'P7D',
          warnBefore: 'P2D',
          onWarn: {
            effects: [
              {
                notify: {
                  roles: [
                    'invited-member',
                    'office',
                  ],
                  message: {
                    'zh-CN': '云协商意见征集将于两天后截止',
                    en: 'The online consultation closes in two days',
                  },
                },
              },
            ],
          },
          onExpire: {
            to: 'summarising',
            effects: [
              {
                notify: {
                  roles: [
                    'first-convener',
                    'second-convener',
                  ],
                  message: {
                    'zh-CN': '云协商征集期已满，请形成协商成果清单',
                    en: 'The online consultation has closed: draw up the results list',
                  },
                },
              },
            ],
          },
          extend: {
            roles: [
              'office',
            ],
            max: 'P7D',
            times: 1,
          },
        },
        states: {
          memberRound: {
            title: {
              'zh-CN': '委员意见',
              en: 'Members\' opinions',
            },
            initial: 'collecting',
            states: {
              collecting: {
                title: {
                  'zh-CN': '受邀委员发表意见',
                  en: 'Invited members give opinions',
                },
                forEach: {
                  in: '/invitedMembers',
                  role: 'invited-member',
                  complete: 'all',
                },
                initial: 'invited',
                states: {
                  invited: {
                    title: {
                      'zh-CN': '待发表意见',
                      en: 'Invited',
                    },
                    on: {
                      giveOpinion: {
                        to: 'opinionGiven',
                        title: {
                          'zh-CN': '发表意见',
                          en: 'Give the opinion',
                        },
                        roles: [
                          'invited-member',
                        ],
                        form: 'opinion',
                        set: {
                          '/opinionMembers/-': 'branch.key',
                          '/memberOpinions/-': 'payload.opinion',
                        },
                      },
                    },
                  },
                  opinionGiven: {
                    title: {
                      'zh-CN': '已发表意见',
                      en: 'Opinion given',
                    },
                    type: 'final',
                  },
                },
                onDone: {
                  to: 'allAnswered',
                },
              },
              allAnswered: {
                title: {
                  'zh-CN': '受邀委员均已发表意见',
                  en: 'Every invited member has answered',
                },
                type: 'final',
              },
            },
          },
          publicRound: {
            title: {
              'zh-CN': '利益相关方和群众意见',
              en: 'Stakeholders\' and residents\' opinions',
            },
            initial: 'open',
            states: {
              open: {
                title: {
                  'zh-CN': '录入利益相关方、群众代表意见',
                  en: 'Record stakeholders\' and residents\' opinions',
                },
                on: {
                  recordOpinion: {
                    title: {
                      'zh-CN': '录入意见',
                      en: 'Record an opinion',
                    },
                    roles: [
                      'office',
                    ],
                    form: 'publicOpinion',
                    set: {
                      '/publicOpinions/-': 'payload',
                    },
                  },
                },
              },
            },
          },
        },
      },
      summarising: {
        title: {
          'zh-CN': '破题解题：形成协商成果清单',
          en: 'Work it out: the results list',
        },
        on: {
          issueResults: {
            to: 'converting',
            title: {
              'zh-CN': '印发协商成果清单',
              en: 'Issue the results list',
            },
            roles: [
              'first-convener',
            ],
            form: 'results',
            set: {
              '/results': 'payload.results',
              '/completedUnits': '[]',
              '/completionReports': '[]',
            },
            effects: [
              {
                notify: {
                  roles: [
                    'responsible-unit',
                    'second-convener',
                  ],
                  message: {
                    'zh-CN': '协商成果清单已印发，请责任单位抓紧落实',
                    en: 'The results list is out: the responsible units put their items into effect',
                  },
                },
              },
            ],
          },
        },
      },
      converting: {
        title: {
          'zh-CN': '成果转化：责任单位落实，第二召集人推动',
          en: 'Put into effect: the units act, the second convener drives',
        },
        description: {
          'zh-CN': '清单中每个责任单位一个分支：单位报告落实情况，第二召集人确认办结或退回重新落实；第二召集人可以催办、增减责任单位。三个月内落实，到期前十五天提醒（期限为本委的选择）。',
          en: 'One branch per responsible unit on the list: the unit reports what it did, the second convener accepts it or sends it back; the second convener may remind the units and add or remove units. Three months to complete, with a reminder fifteen days before (the period is the committee\'s choice).',
        },
        deadline: {
          within: 'P3M',
          warnBefore: 'P15D',
          onWarn: {
            effects: [
              {
                notify: {
                  roles: [
                    'responsible-unit',
                    'second-convener',
                  ],
                  message: {
                    'zh-CN': '协商成果落实期限将至，请抓紧落实',
                    en: 'The results are due soon: please complete them',
                  },
                },
              },
            ],
          },
          onExpire: {
            effects: [
              {
                notify: {
                  roles: [
                    'first-convener',
                    'second-convener',
                    'office',
                  ],
                  message: {
                    'zh-CN': '协商成果逾期未落实完毕',
                    en: 'The results were not all put into effect in time',
                  },
                },
              },
            ],
          },
        },
        forEach: {
          in: '/results',
          key: 'unit',
          role: 'responsible-unit',
          complete: 'all',
          manage: [
            'second-convener',
          ],
        },
        initial: 'implementing',
        on: {
          urge: {
            title: {
              'zh-CN': '催办',
              en: 'Remind the units',
            },
            roles: [
              'second-convener',
            ],
            optional: true,
            set: {
              '/urgeCount': 'coalesce(data.urgeCount, 0) + 1',
            },
            effects: [
              {
                notify: {
                  roles: [
                    'responsible-unit',
                  ],
                  message: {
                    'zh-CN': '第二召集人催办：请抓紧落实协商成果',
                    en: 'The second convener reminds you: put the results into effect',
                  },
                },
              },
            ],
          },
          toProposal: {
            title: {
              'zh-CN': '成果转为提案',
              en: 'Turn a result into a proposal',
            },
            description: {
              'zh-CN': '在同一次提交中为指定委员启动一件提案（proposal 流程），案由和建议带入其草稿；两件实例互相关联。',
              en: 'Starts a proposal (the proposal workflow) for the member named, in the same commit, with the title and suggestions in its draft; the two instances are linked both ways.',
            },
            roles: [
              'first-convener',
            ],
            form: 'toProposal',
            optional: true,
            set: {
              '/proposalsStarted': 'coalesce(data.proposalsStarted, 0) + 1',
            },
            effects: [
              {
                start: {
                  workflow: 'proposal',
                  starter: 'payload.proposer',
                  data: {
                    '/title': 'payload.title',
                    '/situation': 'data.agreedTopic',
                    '/suggestions': 'payload.suggestions',
                  },
                },
              },
              {
                notify: {
                  roles: [
                    'office',
                  ],
                  message: {
                    'zh-CN': '一项协商成果已转为提案，请提醒第一提案人提交',
                    en: 'A result became a proposal: remind its lead proposer to submit it',
                  },
                },
              },
            ],
          },
        },
        states: {
          implementing: {
            title: {
              'zh-CN': '落实中',
              en: 'Putting into effect',
            },
            on: {
              reportCompletion: {
                to: 'reported',
                title: {
                  'zh-CN': '报告落实情况',
                  en: 'Report what was done',
                },
                roles: [
                  'responsible-unit',
                ],
                form: 'completion',
                set: {
                  '/completedUnits/-': 'branch.key',
                  '/completionReports/-': 'payload.outcome',
                },
                effects: [
                  {
                    notify: {
                      roles: [
                        'second-convener',
                      ],
                      message: {
                        'zh-CN': '责任单位已报告落实情况，请确认',
                        en: 'A unit reported what it did: please check it',
                      },
                    },
                  },
                ],
              },
            },
          },
          reported: {
            title: {
              'zh-CN': '待第二召集人确认',
              en: 'Awaiting the second convener',
            },
            on: {
              acceptCompletion: {
                to: 'completed',
                title: {
                  'zh-CN': '确认落实',
                  en: 'Accept',
                },
                roles: [
                  'second-convener',
                ],
              },
              returnToUnit: {
                to: 'implementing',
                title: {
                  'zh-CN': '退回重新落实',
                  en: 'Send back',
                },
                roles: [
                  'second-convener',
                ],
                form: 'returnToUnit',
                effects: [
                  {
                    notify: {
                      roles: [
                        'responsible-unit',
                      ],
                      message: {
                        'zh-CN': '第二召集人退回落实情况，请继续落实',
                        en: 'The second convener sent your report back: keep at it',
                      },
                    },
                  },
                ],
              },
            },
          },
          completed: {
            title: {
              'zh-CN': '已落实',
              en: 'Done',
            },
            type: 'final',
          },
        },
        onDone: {
          to: 'feedback',
          effects: [
            {
              notify: {
                roles: [
                  'office',
                ],
                message: {
                  'zh-CN': '协商成果已全部落实，请向参与各方反馈',
                  en: 'Every result is in effect: feed back to the participants',
                },
              },
            },
          ],
        },
      },
      feedback: {
        title: {
          'zh-CN': '反馈',
          en: 'Feed back',
        },
        on: {
          sendFeedback: {
            to: 'evaluating',
            title: {
              'zh-CN': '反馈落实情况',
              en: 'Send the feedback',
            },
            roles: [
              'office',
            ],
            form: 'feedback',
            set: {
              '/feedback': 'payload.feedback',
            },
            effects: [
              {
                notify: {
                  roles: [
                    'recommender',
                    'first-convener',
                    'second-convener',
                    'invited-member',
                  ],
                  message: {
                    'zh-CN': '协商成果落实情况反馈',
                    en: 'How the results of the consultation were put into effect',
                  },
                },
              },
            ],
          },
        },
      },
      evaluating: {
        title: {
          'zh-CN': '评价',
          en: 'Evaluate',
        },
        on: {
          evaluate: [
            {
              to: 'converting',
              title: {
                'zh-CN': '提交评价',
                en: 'Submit the evaluation',
              },
              roles: [
                'office',
              ],
              form: 'evaluate',
              when: 'payload.evaluation == \'不满意\'',
              set: {
                '/evaluation': 'payload.evaluation',
                '/evaluationComment': 'payload.comment',
                '/reworkCount': 'coalesce(data.reworkCount, 0) + 1',
              },
              effects: [
                {
                  notify: {
                    roles: [
                      'second-convener',
                      'responsible-unit',
                    ],
                    message: {
                      'zh-CN': '协商成果落实评价为不满意，请重新落实',
                      en: 'The outcome was judged unsatisfactory: put the results into effect again',
                    },
                  },
                },
              ],
            },
            {
              to: 'archiving',
              title: {
                'zh-CN': '提交评价',
                en: 'Submit the evaluation',
              },
              roles: [
                'office',
              ],
              form: 'evaluate',
              set: {
                '/evaluation': 'payload.evaluation',
                '/evaluationComment': 'coalesce(payload.comment, \'\')',
              },
            },
          ],
        },
      },
      archiving: {
        title: {
          'zh-CN': '归档',
          en: 'Archive',
        },
        on: {
          archive: {
            to: 'archived',
            title: {
              'zh-CN': '归档',
              en: 'Archive',
            },
            roles: [
              'office',
            ],
          },
        },
      },
      notAccepted: {
        title: {
          'zh-CN': '荐题未受理',
          en: 'Topic declined',
        },
        type: 'final',
      },
      notFixed: {
        title: {
          'zh-CN': '不予立题',
          en: 'Topic not taken up',
        },
        type: 'final',
      },
      archived: {
        title: {
          'zh-CN': '已归档',
          en: 'Archived',
        },
        type: 'final',
      },
    },
  } satisfies WorkflowDefinition) as BaseConsultationDefinition,
  'democratic-review': ({
    id: 'democratic-review',
    version: 1,
    title: {
      'zh-CN': '民主评议',
      en: 'Democratic review',
    },
    description: {
      'zh-CN': '政协对一个部门（单位）的民主评议：主席会议提出评议对象，党委批准；常委会按评议方案组织调研和群众测评，听取被评议单位汇报后无记名投票；评议意见反馈给被评议单位，限期整改，回头看。每个被评议单位一个实例。',
      en: 'The committee\'s democratic review of one department: the chair\'s council proposes it and the party committee approves; the standing committee runs research and public scoring under a written plan, hears the department\'s report and votes by secret ballot; the opinions go back to the department, which fixes them within a deadline, followed by a follow-up review. One instance per department reviewed.',
    },
    roles: {
      'chair-council': {
        title: {
          'zh-CN': '主席会议',
          en: 'Chair\'s council',
        },
      },
      'party-committee': {
        title: {
          'zh-CN': '党委',
          en: 'Party committee',
        },
      },
      'standing-committee': {
        title: {
          'zh-CN': '政协常委会',
          en: 'Standing committee',
        },
      },
      office: {
        title: {
          'zh-CN': '政协办公室',
          en: 'Committee office',
        },
        oversight: true,
      },
      member: {
        title: {
          'zh-CN': '政协常委',
          en: 'Standing-committee member',
        },
        holders: '/members',
        transfer: [
          'office',
        ],
      },
      unit: {
        title: {
          'zh-CN': '被评议单位',
          en: 'Department under review',
        },
        scope: 'unit',
        unit: '/unit',
      },
    },
    data: {
      type: 'object',
      properties: {
        unit: {
          type: 'string',
          minLength: 1,
        },
        proposalReason: {
          type: 'string',
        },
        approvalRef: {
          type: 'string',
        },
        rejectReason: {
          type: 'string',
        },
        plan: {
          type: 'string',
        },
        members: {
          type: 'array',
          items: {
            type: 'string',
          },
          maxItems: 200,
        },
        findings: {
          type: 'string',
        },
        publicSatisfaction: {
          type: 'number',
          minimum: 0,
          maximum: 100,
        },
        respondents: {
          type: 'integer',
          minimum: 0,
        },
        unitReport: {
          type: 'string',
        },
        sessions: {
          type: 'integer',
          minimum: 0,
        },
        tally: {
          type: 'object',
        },
        rating: {
          enum: [
            '满意',
            '不满意',
          ],
        },
        feedback: {
          type: 'string',
        },
        measures: {
          type: 'string',
        },
        rectifyRounds: {
          type: 'integer',
          minimum: 0,
        },
        followUp: {
          enum: [
            '满意',
            '不满意',
          ],
        },
        followUpComment: {
          type: 'string',
        },
        reportRef: {
          type: 'string',
        },
      },
    },
    forms: {
      propose: {
        title: {
          'zh-CN': '提出评议对象',
          en: 'Propose the department to review',
        },
        schema: {
          type: 'object',
          required: [
            'unit',
            'reason',
          ],
          additionalProperties: false,
          properties: {
            unit: {
              type: 'string',
              title: '被评议单位',
              minLength: 2,
            },
            reason: {
              type: 'string',
              title: '提出理由',
              minLength: 5,
            },
          },
        },
      },
      approve: {
        title: {
          'zh-CN': '党委批准',
          en: 'Party committee approval',
        },
        schema: {
          type: 'object',
          required: [
            'approvalRef',
          ],
          additionalProperties: false,
          properties: {
            approvalRef: {
              type: 'string',
              title: '批复文号',
              minLength: 2,
            },
          },
        },
      },
      reject: {
        title: {
          'zh-CN': '党委不同意',
          en: 'Party committee declines',
        },
        schema: {
          type: 'object',
          required: [
            'reason',
          ],
          additionalProperties: false,
          properties: {
            reason: {
              type: 'string',
              title: '理由',
              minLength: 5,
            },
          },
        },
      },
      plan: {
        title: {
          'zh-CN': '评议方案',
          en: 'Review plan',
        },
        schema: {
          type: 'object',
          required: [
            'plan',
            'members',
          ],
          additionalProperties: false,
          properties: {
            plan: {
              type: 'string',
              title: '评议方案（含宣传动员、调研测评、集中评议的安排）',
              minLength: 10,
            },
            members: {
              type: 'array',
              title: '参加评议的政协常委',
              minItems: 1,
              maxItems: 200,
              uniqueItems: true,
              items: {
                type: 'string',
                minLength: 1,
              },
            },
          },
        },
      },
      research: {
        title: {
          'zh-CN': '调研与群众测评',
          en: 'Research and public scoring',
        },
        schema: {
          type: 'object',
          required: [
            'findings',
            'publicSatisfaction',
            'respondents',
          ],
          additionalProperties: false,
          properties: {
            findings: {
              type: 'string',
              title: '调研情况',
              minLength: 10,
            },
            publicSatisfaction: {
              type: 'number',
              title: '群众测评满意率（%）',
              minimum: 0,
              maximum: 100,
            },
            respondents: {
              type: 'integer',
              title: '参加测评人数',
              minimum: 1,
            },
          },
        },
      },
      unitReport: {
        title: {
          'zh-CN': '被评议单位工作汇报',
          en: 'The department\'s work report',
        },
        schema: {
          type: 'object',
          required: [
            'summary',
          ],
          additionalProperties: false,
          properties: {
            summary: {
              type: 'string',
              title: '汇报要点',
              minLength: 10,
            },
          },
        },
      },
      feedback: {
        title: {
          'zh-CN': '反馈评议意见',
          en: 'Review opinions sent back',
        },
        schema: {
          type: 'object',
          required: [
            'opinions',
          ],
          additionalProperties: false,
          properties: {
            opinions: {
              type: 'string',
              title: '评议意见和整改要求',
              minLength: 10,
            },
          },
        },
      },
      rectification: {
        title: {
          'zh-CN': '整改情况报告',
          en: 'Rectification report',
        },
        schema: {
          type: 'object',
          required: [
            'measures',
          ],
          additionalProperties: false,
          properties: {
            measures: {
              type: 'string',
              title: '整改措施和成效',
              minLength: 10,
            },
          },
        },
      },
      followUp: {
        title: {
          'zh-CN': '回头看',
          en: 'Follow-up review',
        },
        schema: {
          type: 'object',
          required: [
            'satisfied',
          ],
          additionalProperties: false,
          properties: {
            satisfied: {
              title: '整改是否到位',
              enum: [
                '满意',
                '不满意',
              ],
            },
            comment: {
              type: 'string',
              title: '意见',
            },
          },
        },
      },
      report: {
        title: {
          'zh-CN': '评议情况报告',
          en: 'Review report',
        },
        schema: {
          type: 'object',
          required: [
            'reportRef',
          ],
          additionalProperties: false,
          properties: {
            reportRef: {
              type: 'string',
              title: '报送党委、政府的报告文号',
              minLength: 2,
            },
          },
        },
      },
    },
    initial: 'proposing',
    states: {
      proposing: {
        title: {
          'zh-CN': '确定评议对象：主席会议提出',
          en: 'Choose the department: the chair\'s council proposes',
        },
        on: {
          propose: {
            to: 'approval',
            title: {
              'zh-CN': '提出评议对象',
              en: 'Propose',
            },
            roles: [
              'chair-council',
            ],
            form: 'propose',
            set: {
              '/unit': 'payload.unit',
              '/proposalReason': 'payload.reason',
            },
          },
        },
      },
      approval: {
        title: {
          'zh-CN': '确定评议对象：党委批准',
          en: 'Choose the department: the party committee approves',
        },
        on: {
          approve: {
            to: 'planning',
            title: {
              'zh-CN': '批准',
              en: 'Approve',
            },
            roles: [
              'party-committee',
            ],
            form: 'approve',
            set: {
              '/approvalRef': 'payload.approvalRef',
            },
          },
          reject: {
            to: 'notApproved',
            title: {
              'zh-CN': '不同意',
              en: 'Decline',
            },
            roles: [
              'party-committee',
            ],
            form: 'reject',
            set: {
              '/rejectReason': 'payload.reason',
            },
          },
        },
      },
      notApproved: {
        title: {
          'zh-CN': '党委未批准',
          en: 'Not approved',
        },
        type: 'final',
      },
      planning: {
        title: {
          'zh-CN': '评议方案：常委会制定',
          en: 'Review plan: the standing committee adopts it',
        },
        on: {
          adoptPlan: {
            to: 'research',
            title: {
              'zh-CN': '通过评议方案',
              en: 'Adopt the plan',
            },
            roles: [
              'standing-committee',
            ],
            form: 'plan',
            set: {
              '/plan': 'payload.plan',
              '/members': 'payload.members',
            },
            effects: [
              {
                notify: {
                  roles: [
                    'unit',
                    'member',
                  ],
                  message: {
                    'zh-CN': '政协常委会已通过民主评议方案，请按方案参加评议',
                    en: 'The standing committee adopted the review plan: take part as it says',
                  },
                },
              },
            ],
          },
        },
      },
      research: {
        title: {
          'zh-CN': '调研测评',
          en: 'Research and public scoring',
        },
        on: {
          recordResearch: {
            to: 'hearing',
            title: {
              'zh-CN': '记录调研和测评结果',
              en: 'Record research and scoring',
            },
            roles: [
              'office',
            ],
            form: 'research',
            set: {
              '/findings': 'payload.findings',
              '/publicSatisfaction': 'payload.publicSatisfaction',
              '/respondents': 'payload.respondents',
            },
          },
        },
      },
      hearing: {
        title: {
          'zh-CN': '常委会评议：听取工作汇报',
          en: 'Review session: the department reports',
        },
        on: {
          presentReport: {
            to: 'session',
            title: {
              'zh-CN': '作工作汇报',
              en: 'Present the report',
            },
            roles: [
              'unit',
            ],
            form: 'unitReport',
            set: {
              '/unitReport': 'payload.summary',
              '/sessions': 'coalesce(data.sessions, 0) + 1',
            },
          },
        },
      },
      session: {
        title: {
          'zh-CN': '常委会评议：无记名投票',
          en: 'Review session: secret ballot',
        },
        deadline: {
          within: 'P1D',
        },
        ballot: {
          role: 'member',
          questions: {
            overall: {
              title: {
                'zh-CN': '对被评议单位工作的评价',
                en: 'Your view of the department\'s work',
              },
              choices: [
                '满意',
                '不满意',
                '不了解',
              ],
            },
          },
          anonymous: true,
          quorum: {
            share: 0.5,
          },
          close: {
            roles: [
              'office',
            ],
          },
          fail: {
            question: 'overall',
            choices: [
              '不满意',
            ],
            above: 0.5,
          },
          result: '/tally',
        },
        onDone: [
          {
            to: 'adjourned',
            when: '!data.tally.quorumMet',
          },
          {
            to: 'feedback',
            when: 'data.tally.failed',
            set: {
              '/rating': '\'不满意\'',
            },
          },
          {
            to: 'feedback',
            set: {
              '/rating': '\'满意\'',
            },
          },
        ],
      },
      adjourned: {
        title: {
          'zh-CN': '投票人数不足，另行评议',
          en: 'Too few votes: the session is held again',
        },
        on: {
          reconvene: {
            to: 'session',
            title: {
              'zh-CN': '重新组织投票',
              en: 'Hold the vote again',
            },
            roles: [
              'office',
            ],
            set: {
              '/sessions': 'coalesce(data.sessions, 0) + 1',
            },
          },
        },
      },
      feedback: {
        title: {
          'zh-CN': '反馈意见',
          en: 'Opinions sent to the department',
        },
        on: {
          sendFeedback: {
            to: 'rectifying',
            title: {
              'zh-CN': '反馈评议意见',
              en: 'Send the opinions',
            },
            roles: [
              'office',
            ],
            form: 'feedback',
            set: {
              '/feedback': 'payload.opinions',
              '/rectifyRounds': '0',
            },
            effects: [
              {
                notify: {
                  roles: [
                    'unit',
                  ],
                  message: {
                    'zh-CN': '政协民主评议意见已反馈，请在三个月内整改并报告',
                    en: 'The review opinions are sent: fix them within three months and report',
                  },
                },
              },
            ],
          },
        },
      },
      rectifying: {
        title: {
          'zh-CN': '限期整改',
          en: 'Fix within the deadline',
        },
        deadline: {
          within: 'P3M',
          warnBefore: 'P15D',
          extend: {
            roles: [
              'unit',
            ],
            max: 'P1M',
            times: 1,
          },
          onExpire: {
            to: 'followUp',
            effects: [
              {
                notify: {
                  roles: [
                    'office',
                  ],
                  message: {
                    'zh-CN': '被评议单位逾期未报告整改情况，请回头看',
                    en: 'The department did not report in time: follow it up',
                  },
                },
              },
            ],
          },
        },
        on: {
          reportRectification: {
            to: 'followUp',
            title: {
              'zh-CN': '报告整改情况',
              en: 'Report the fixes',
            },
            roles: [
              'unit',
            ],
            form: 'rectification',
            set: {
              '/measures': 'payload.measures',
            },
          },
        },
      },
      followUp: {
        title: {
          'zh-CN': '回头看',
          en: 'Follow-up review',
        },
        on: {
          conclude: [
            {
              to: 'rectifying',
              roles: [
                'office',
              ],
              form: 'followUp',
              when: 'payload.satisfied == \'不满意\'',
              set: {
                '/followUp': 'payload.satisfied',
                '/followUpComment': 'coalesce(payload.comment, \'\')',
                '/rectifyRounds': 'coalesce(data.rectifyRounds, 0) + 1',
              },
              effects: [
                {
                  notify: {
                    roles: [
                      'unit',
                    ],
                    message: {
                      'zh-CN': '回头看认为整改不到位，请继续整改',
                      en: 'The follow-up finds the fixes incomplete: keep fixing',
                    },
                  },
                },
              ],
            },
            {
              to: 'reporting',
              roles: [
                'office',
              ],
              form: 'followUp',
              set: {
                '/followUp': 'payload.satisfied',
                '/followUpComment': 'coalesce(payload.comment, \'\')',
              },
            },
          ],
        },
      },
      reporting: {
        title: {
          'zh-CN': '报告党委、政府',
          en: 'Report to the party committee and government',
        },
        on: {
          submitReport: {
            to: 'done',
            title: {
              'zh-CN': '报送评议情况报告',
              en: 'Send the report',
            },
            roles: [
              'office',
            ],
            form: 'report',
            set: {
              '/reportRef': 'payload.reportRef',
            },
          },
        },
      },
      done: {
        title: {
          'zh-CN': '评议结束',
          en: 'Review closed',
        },
        type: 'final',
      },
    },
  } satisfies WorkflowDefinition) as BaseDemocraticReviewDefinition,
  proposal: ({
    id: 'proposal',
    version: 1,
    title: {
      'zh-CN': '提案办理',
      en: 'Proposal handling',
    },
    description: {
      'zh-CN': '提、立、交、办、督、评：第一提案人撰写提案并邀请联名；提案委员会审查，立案、不立案（经提案人同意转社情民意信息或委员来信）、并案或退回修改；交办机关以单办、分办或会办交办，承办单位五个工作日内可提出交办异议；三个月内办前面商、答复（A、B、C 类）；提案委员会督办审核，重点提案由领办领导督办审定；提案人十五个工作日内评价，不满意的重新办理。来源见 README.md。',
      en: 'Submit, file, assign, handle, supervise, evaluate. The lead proposer drafts and invites co-signers; the proposal committee files it, declines it (with the proposer\'s consent it becomes a public-opinion report or a member letter), merges it or returns it; the assigning office assigns it to one unit, to several separately or to a lead unit with co-handlers, and a unit may object within five working days; within three months the units consult the proposer and reply (class A, B or C); the committee supervises and checks the reply, a key proposal\'s leading official signs it off; the proposer evaluates within fifteen working days, and an unsatisfied proposer gets it handled again. Sources in README.md.',
    },
    roles: {
      proposer: {
        title: {
          'zh-CN': '第一提案人',
          en: 'Lead proposer',
        },
        description: {
          'zh-CN': '发起提案的委员（或代表党派、人民团体、专委会、界别提交的人）：只有本人能撰写、提交、撤回、答复转化征询和评价',
          en: 'The member who starts the proposal (or who files it for a party, people\'s organisation, special committee or sector): only they draft, submit, withdraw, answer the conversion request and evaluate',
        },
        holders: 'starter',
      },
      'co-signer': {
        title: {
          'zh-CN': '联名委员',
          en: 'Co-signer',
        },
        description: {
          'zh-CN': '第一提案人邀请联名的委员（/coSigners），每人本人确认或谢绝',
          en: 'The members the lead proposer invites to co-sign (/coSigners); each confirms or declines in person',
        },
        holders: '/coSigners',
      },
      'proposal-office': {
        title: {
          'zh-CN': '提案委员会（提案审查委员会）',
          en: 'Proposal committee (review committee)',
        },
        description: {
          'zh-CN': '审查立案、督办、审核答复；看得到本流程的全部提案',
          en: 'Reviews and files proposals, supervises handling and checks replies; sees every proposal of the workflow',
        },
        oversight: true,
      },
      'assigning-office': {
        title: {
          'zh-CN': '交办机关（党委办、政府办、政协）',
          en: 'Assigning office (party office, government office, CPPCC)',
        },
        description: {
          'zh-CN': '交办、重新交办、批准延期；承办单位不得自行转办',
          en: 'Assigns and reassigns proposals and grants extensions; handling units may not pass a proposal on themselves',
        },
      },
      'handling-unit': {
        title: {
          'zh-CN': '承办单位',
          en: 'Handling unit',
        },
        scope: 'unit',
      },
      'lead-unit': {
        title: {
          'zh-CN': '主办单位（并案答复）',
          en: 'Lead unit (reply to a merged proposal)',
        },
        description: {
          'zh-CN': '数据 /leadUnit 所指的单位：答复并入主提案办理的本件提案',
          en: 'The unit named by /leadUnit: replies to this proposal when it was merged into a main proposal',
        },
        scope: 'unit',
        unit: '/leadUnit',
      },
      'lead-official': {
        title: {
          'zh-CN': '领办（督办）领导',
          en: 'Leading official',
        },
        description: {
          'zh-CN': '重点提案的领办或督办领导（/leadOfficial）：办理中作督办批示，审定答复、结束督办',
          en: 'The official who leads or supervises a key proposal (/leadOfficial): gives supervision instructions during handling, then signs off the reply and closes supervision',
        },
        holders: '/leadOfficial',
        transfer: [
          'proposal-office',
        ],
      },
    },
    data: {
      type: 'object',
      properties: {
        proposer: {
          type: 'string',
        },
        title: {
          type: 'string',
        },
        category: {
          type: 'string',
        },
        situation: {
          type: 'string',
        },
        suggestions: {
          type: 'string',
        },
        submittedAs: {
          type: 'string',
        },
        session: {
          type: 'string',
        },
        suggestedLeadUnit: {
          type: 'string',
        },
        suggestedCoUnits: {
          type: 'array',
          items: {
            type: 'string',
          },
        },
        coSigners: {
          type: 'array',
          items: {
            type: 'string',
            minLength: 1,
          },
          uniqueItems: true,
          maxItems: 30,
        },
        confirmedCoSigners: {
          type: 'array',
          items: {
            type: 'string',
          },
        },
        returnReason: {
          type: 'string',
        },
        notFiledGround: {
          type: 'string',
        },
        notFiledReason: {
          type: 'string',
        },
        referenceUnit: {
          type: 'string',
        },
        conversion: {
          enum: [
            '社情民意信息',
            '委员来信',
            '不同意',
            '未转化',
          ],
        },
        mergedInto: {
          type: 'string',
        },
        mergeReason: {
          type: 'string',
        },
        keyProposal: {
          type: 'boolean',
        },
        leadOfficial: {
          type: 'string',
          minLength: 1,
        },
        leaderKind: {
          type: 'string',
        },
        councilApproval: {
          type: 'string',
        },
        mode: {
          enum: [
            '单办',
            '分办',
            '会办',
            '并案',
          ],
        },
        leadUnit: {
          type: 'string',
        },
        coUnits: {
          type: 'array',
          items: {
            type: 'string',
          },
        },
        units: {
          type: 'array',
          items: {
            type: 'string',
          },
        },
        objections: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              reason: {
                type: 'string',
              },
              suggestedUnit: {
                type: 'string',
              },
            },
          },
        },
        objectingUnits: {
          type: 'array',
          items: {
            type: 'string',
          },
        },
        consultations: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              method: {
                type: 'string',
              },
              date: {
                type: 'string',
              },
              summary: {
                type: 'string',
              },
            },
          },
        },
        consultedUnits: {
          type: 'array',
          items: {
            type: 'string',
          },
        },
        opinions: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              opinion: {
                type: 'string',
              },
            },
          },
        },
        opinionUnits: {
          type: 'array',
          items: {
            type: 'string',
          },
        },
        extensionReason: {
          type: 'string',
        },
        progressReports: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              summary: {
                type: 'string',
              },
            },
          },
        },
        reminders: {
          type: 'integer',
          minimum: 0,
        },
        instructions: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              instruction: {
                type: 'string',
              },
            },
          },
        },
        replies: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              replyClass: {
                enum: [
                  'A',
                  'B',
                  'C',
                ],
              },
              reply: {
                type: 'string',
              },
              signedOffBy: {
                type: 'string',
              },
              consulted: {
                type: 'string',
              },
              headAttended: {
                type: 'boolean',
              },
            },
          },
        },
        repliedUnits: {
          type: 'array',
          items: {
            type: 'string',
          },
        },
        returnReplyReason: {
          type: 'string',
        },
        reclassifications: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              unit: {
                type: 'string',
              },
              replyClass: {
                enum: [
                  'A',
                  'B',
                  'C',
                ],
              },
              reason: {
                type: 'string',
              },
            },
          },
        },
        satisfaction: {
          enum: [
            '满意',
            '基本满意',
            '不满意',
          ],
        },
        evaluationComment: {
          type: 'string',
        },
        visited: {
          type: 'string',
        },
        rehandleCount: {
          type: 'integer',
          minimum: 0,
        },
        coSignerViews: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              satisfaction: {
                enum: [
                  '满意',
                  '基本满意',
                  '不满意',
                ],
              },
              visited: {
                type: 'string',
              },
              comment: {
                type: 'string',
              },
            },
          },
        },
        coSignerViewBy: {
          type: 'array',
          items: {
            type: 'string',
          },
        },
      },
    },
    forms: {
      submit: {
        title: {
          'zh-CN': '提交提案',
          en: 'Submit the proposal',
        },
        schema: {
          type: 'object',
          required: [
            'title',
            'category',
            'situation',
            'suggestions',
            'submittedAs',
            'session',
          ],
          properties: {
            title: {
              type: 'string',
              title: '案由',
              minLength: 4,
              maxLength: 60,
            },
            category: {
              enum: [
                '经济建设',
                '社会事业',
                '城乡建设',
                '生态环境',
                '政治法律',
                '其他',
              ],
              title: '类别',
            },
            situation: {
              type: 'string',
              title: '情况与分析',
              minLength: 20,
              maxLength: 20000,
            },
            suggestions: {
              type: 'string',
              title: '具体建议',
              minLength: 10,
              maxLength: 20000,
            },
            submittedAs: {
              enum: [
                '委员',
                '党派',
                '人民团体',
                '专委会',
                '界别',
                '小组',
                '联组',
              ],
              title: '提案者',
            },
            session: {
              enum: [
                '大会提案',
                '平时提案',
              ],
              title: '提案类型',
            },
            coSigners: {
              type: 'array',
              title: '联名委员',
              description: '受邀联名的委员（用户标识），不含本人，最多 30 人',
              items: {
                type: 'string',
                minLength: 1,
                maxLength: 200,
                pattern: '^\\S+$',
              },
              uniqueItems: true,
              maxItems: 30,
            },
            suggestedLeadUnit: {
              type: 'string',
              minLength: 2,
              maxLength: 60,
              pattern: '^\\S(.*\\S)?$',
              title: '建议主办单位',
            },
            suggestedCoUnits: {
              type: 'array',
              title: '建议会办单位',
              items: {
                type: 'string',
                minLength: 2,
                maxLength: 60,
                pattern: '^\\S(.*\\S)?$',
              },
              uniqueItems: true,
              maxItems: 10,
            },
          },
          additionalProperties: false,
        },
        ui: {
          type: 'VerticalLayout',
          elements: [
            {
              type: 'Control',
              scope: '#/properties/title',
              label: {
                'zh-CN': '案由',
                en: 'Subject',
              },
            },
            {
              type: 'Control',
              scope: '#/properties/category',
              label: {
                'zh-CN': '类别',
                en: 'Category',
              },
            },
            {
              type: 'Control',
              scope: '#/properties/situation',
              label: {
                'zh-CN': '情况与分析',
                en: 'Facts and analysis',
              },
              options: {
                multi: true,
              },
            },
            {
              type: 'Control',
              scope: '#/properties/suggestions',
              label: {
                'zh-CN': '具体建议',
                en: 'Concrete suggestions',
              },
              options: {
                multi: true,
              },
            },
            {
              type: 'Control',
              scope: '#/properties/submittedAs',
              label: {
                'zh-CN': '提案者',
                en: 'Filed by',
              },
            },
            {
              type: 'Control',
              scope: '#/properties/session',
              label: {
                'zh-CN': '提案类型',
                en: 'Kind of proposal',
              },
            },
            {
              type: 'Control',
              scope: '#/properties/coSigners',
              label: {
                'zh-CN': '联名委员',
                en: 'Co-signers (user ids)',
              },
            },
            {
              type: 'Control',
              scope: '#/properties/suggestedLeadUnit',
              label: {
                'zh-CN': '建议主办单位',
                en: 'Suggested lead unit',
              },
            },
            {
              type: 'Control',
              scope: '#/properties/suggestedCoUnits',
              label: {
                'zh-CN': '建议会办单位',
                en: 'Suggested co-handling units',
              },
            },
          ],
        },
      },
      decline: {
        title: {
          'zh-CN': '谢绝联名',
          en: 'Decline to co-sign',
        },
        schema: {
          type: 'object',
          properties: {
            reason: {
              type: 'string',
              title: '谢绝理由',
              minLength: 2,
              maxLength: 500,
            },
          },
          additionalProperties: false,
        },
        ui: {
          type: 'VerticalLayout',
          elements: [
            {
              type: 'Control',
              scope: '#/properties/reason',
              label: {
                'zh-CN': '谢绝理由',
                en: 'Reason',
              },
              options: {
                multi: true,
              },
            },
          ],
        },
      },
      notFiled: {
        title: {
          'zh-CN': '不予立案',
          en: 'Do not file',
        },
        schema: {
          type: 'object',
          required: [
            'ground',
            'reason',
            'offerConversion',
          ],
          properties: {
            ground: {
              title: '不立案情形',
              enum: [
                '涉及国家秘密',
                '涉及党内人事问题',
                '已进入诉讼或仲裁程序',
                '属学术争论',
                '属个人或家庭事务',
                '宣传推介产品',
                '点名指控',
                '内容空泛',
              ],
            },
            reason: {
              type: 'string',
              title: '向提案人说明的理由',
              minLength: 5,
              maxLength: 2000,
            },
            offerConversion: {
              type: 'boolean',
              title: '征求提案人意见，可否转为社情民意信息或委员来信',
            },
            referenceUnit: {
              type: 'string',
              minLength: 2,
              maxLength: 60,
              pattern: '^\\S(.*\\S)?$',
              title: '送有关单位参考',
            },
          },
          additionalProperties: false,
        },
        ui: {
          type: 'VerticalLayout',
          elements: [
            {
              type: 'Control',
              scope: '#/properties/ground',
              label: {
                'zh-CN': '不立案情形',
                en: 'Ground for not filing',
              },
            },
            {
              type: 'Control',
              scope: '#/properties/reason',
              label: {
                'zh-CN': '向提案人说明的理由',
                en: 'Reason',
              },
              options: {
                multi: true,
              },
            },
            {
              type: 'Control',
              scope: '#/properties/offerConversion',
              label: {
                'zh-CN': '征求提案人意见，可否转为社情民意信息或委员来信',
                en: 'Ask the proposer about a conversion',
              },
            },
            {
              type: 'Control',
              scope: '#/properties/referenceUnit',
              label: {
                'zh-CN': '送有关单位参考',
                en: 'Send to a unit for reference',
              },
            },
          ],
        },
      },
      merge: {
        title: {
          'zh-CN': '并案',
          en: 'Merge into another proposal',
        },
        schema: {
          type: 'object',
          required: [
            'mainProposal',
            'reason',
          ],
          properties: {
            mainProposal: {
              type: 'string',
              minLength: 1,
              maxLength: 200,
              pattern: '^\\S+$',
              title: '主提案编号',
            },
            reason: {
              type: 'string',
              title: '并案理由',
              minLength: 5,
              maxLength: 2000,
            },
          },
          additionalProperties: false,
        },
        ui: {
          type: 'VerticalLayout',
          elements: [
            {
              type: 'Control',
              scope: '#/properties/mainProposal',
              label: {
                'zh-CN': '主提案编号',
                en: 'Main proposal\'s id',
              },
            },
            {
              type: 'Control',
              scope: '#/properties/reason',
              label: {
                'zh-CN': '并案理由',
                en: 'Reason',
              },
              options: {
                multi: true,
              },
            },
          ],
        },
      },
      returnForRevision: {
        title: {
          'zh-CN': '退回修改',
          en: 'Return for revision',
        },
        schema: {
          type: 'object',
          required: [
            'reason',
          ],
          properties: {
            reason: {
              type: 'string',
              title: '退回理由',
              minLength: 5,
              maxLength: 2000,
            },
          },
          additionalProperties: false,
        },
        ui: {
          type: 'VerticalLayout',
          elements: [
            {
              type: 'Control',
              scope: '#/properties/reason',
              label: {
                'zh-CN': '退回理由',
                en: 'Reason',
              },
              options: {
                multi: true,
              },
            },
          ],
        },
      },
      markKey: {
        title: {
          'zh-CN': '列为重点提案',
          en: 'Make it a key proposal',
        },
        schema: {
          type: 'object',
          required: [
            'leadOfficial',
            'leaderKind',
            'councilApproval',
          ],
          properties: {
            leadOfficial: {
              type: 'string',
              minLength: 1,
              maxLength: 200,
              pattern: '^\\S+$',
              title: '领办（督办）领导（用户标识）',
            },
            leaderKind: {
              enum: [
                '党委领导领办',
                '政府领导领办',
                '政协主席会议成员督办',
              ],
              title: '领办方式',
            },
            councilApproval: {
              type: 'string',
              title: '主席会议确定重点提案的会议及日期',
              minLength: 2,
              maxLength: 200,
            },
          },
          additionalProperties: false,
        },
        ui: {
          type: 'VerticalLayout',
          elements: [
            {
              type: 'Control',
              scope: '#/properties/leadOfficial',
              label: {
                'zh-CN': '领办（督办）领导（用户标识）',
                en: 'Leading official (user id)',
              },
            },
            {
              type: 'Control',
              scope: '#/properties/leaderKind',
              label: {
                'zh-CN': '领办方式',
                en: 'Form of leadership',
              },
            },
            {
              type: 'Control',
              scope: '#/properties/councilApproval',
              label: {
                'zh-CN': '主席会议确定重点提案的会议及日期',
                en: 'Chair\'s council meeting and date',
              },
            },
          ],
        },
      },
      assign: {
        title: {
          'zh-CN': '交办',
          en: 'Assign',
        },
        schema: {
          type: 'object',
          required: [
            'mode',
          ],
          properties: {
            mode: {
              enum: [
                '单办',
                '分办',
                '会办',
              ],
              title: '办理方式',
            },
            leadUnit: {
              type: 'string',
              minLength: 2,
              maxLength: 60,
              pattern: '^\\S(.*\\S)?$',
              title: '主办单位（单办、会办）',
            },
            coUnits: {
              type: 'array',
              title: '会办单位（会办）',
              items: {
                type: 'string',
                minLength: 2,
                maxLength: 60,
                pattern: '^\\S(.*\\S)?$',
              },
              uniqueItems: true,
              maxItems: 10,
            },
            splitUnits: {
              type: 'array',
              title: '分办单位（分办，各自答复）',
              items: {
                type: 'string',
                minLength: 2,
                maxLength: 60,
                pattern: '^\\S(.*\\S)?$',
              },
              uniqueItems: true,
              maxItems: 10,
            },
          },
          allOf: [
            {
              if: {
                properties: {
                  mode: {
                    const: '单办',
                  },
                },
              },
              then: {
                required: [
                  'leadUnit',
                ],
                properties: {
                  coUnits: {
                    type: 'array',
                    maxItems: 0,
                  },
                  splitUnits: {
                    type: 'array',
                    maxItems: 0,
                  },
                },
              },
            },
            {
              if: {
                properties: {
                  mode: {
                    const: '会办',
                  },
                },
              },
              then: {
                required: [
                  'leadUnit',
                  'coUnits',
                ],
                properties: {
                  coUnits: {
                    type: 'array',
                    minItems: 1,
                  },
                  splitUnits: {
                    type: 'array',
                    maxItems: 0,
                  },
                },
              },
            },
            {
              if: {
                properties: {
                  mode: {
                    const: '分办',
                  },
                },
              },
              then: {
                required: [
                  'splitUnits',
                ],
                properties: {
                  splitUnits: {
                    type: 'array',
                    minItems: 2,
                  },
                  coUnits: {
                    type: 'array',
                    maxItems: 0,
                  },
                },
                not: {
                  required: [
                    'leadUnit',
                  ],
                },
              },
            },
          ],
          additionalProperties: false,
        },
        ui: {
          type: 'VerticalLayout',
          elements: [
            {
              type: 'Control',
              scope: '#/properties/mode',
              label: {
                'zh-CN': '办理方式',
                en: 'Handling mode',
              },
            },
            {
              type: 'Control',
              scope: '#/properties/leadUnit',
              label: {
                'zh-CN': '主办单位（单办、会办）',
                en: 'Lead unit',
              },
            },
            {
              type: 'Control',
              scope: '#/properties/coUnits',
              label: {
                'zh-CN': '会办单位（会办）',
                en: 'Co-handling units',
              },
            },
            {
              type: 'Control',
              scope: '#/properties/splitUnits',
              label: {
                'zh-CN': '分办单位（分办，各自答复）',
                en: 'Units of a split (each replies)',
              },
            },
          ],
        },
      },
      assignMerged: {
        title: {
          'zh-CN': '并案交办',
          en: 'Assign a merged proposal',
        },
        schema: {
          type: 'object',
          required: [
            'leadUnit',
          ],
          properties: {
            leadUnit: {
              type: 'string',
              minLength: 2,
              maxLength: 60,
              pattern: '^\\S(.*\\S)?$',
              title: '主提案的主办单位',
            },
          },
          additionalProperties: false,
        },
        ui: {
          type: 'VerticalLayout',
          elements: [
            {
              type: 'Control',
              scope: '#/properties/leadUnit',
              label: {
                'zh-CN': '主提案的主办单位',
                en: 'Lead unit',
              },
            },
          ],
        },
      },
      objection: {
        title: {
          'zh-CN': '交办异议',
          en: 'Objection to the assignment',
        },
        schema: {
          type: 'object',
          required: [
            'reason',
            'suggestedUnit',
          ],
          properties: {
            reason: {
              type: 'string',
              title: '异议理由',
              minLength: 5,
              maxLength: 2000,
            },
            suggestedUnit: {
              type: 'string',
              minLength: 2,
              maxLength: 60,
              pattern: '^\\S(.*\\S)?$',
              title: '建议承办单位',
            },
          },
          additionalProperties: false,
        },
        ui: {
          type: 'VerticalLayout',
          elements: [
            {
              type: 'Control',
              scope: '#/properties/reason',
              label: {
                'zh-CN': '异议理由',
                en: 'Reason',
              },
              options: {
                multi: true,
              },
            },
            {
              type: 'Control',
              scope: '#/properties/suggestedUnit',
              label: {
                'zh-CN': '建议承办单位',
                en: 'Suggested unit',
              },
            },
          ],
        },
      },
      consultation: {
        title: {
          'zh-CN': '办前面商记录',
          en: 'Consultation before handling',
        },
        schema: {
          type: 'object',
          required: [
            'method',
            'date',
            'summary',
          ],
          properties: {
            method: {
              enum: [
                '面谈',
                '座谈会',
                '走访',
                '电话',
                '委员本人提出不需要面商',
              ],
              title: '面商方式',
            },
            date: {
              type: 'string',
              title: '面商日期',
              format: 'date',
            },
            summary: {
              type: 'string',
              title: '面商情况',
              minLength: 5,
              maxLength: 2000,
            },
          },
          additionalProperties: false,
        },
        ui: {
          type: 'VerticalLayout',
          elements: [
            {
              type: 'Control',
              scope: '#/properties/method',
              label: {
                'zh-CN': '面商方式',
                en: 'How consulted',
              },
            },
            {
              type: 'Control',
              scope: '#/properties/date',
              label: {
                'zh-CN': '面商日期',
                en: 'Date',
              },
            },
            {
              type: 'Control',
              scope: '#/properties/summary',
              label: {
                'zh-CN': '面商情况',
                en: 'Summary',
              },
              options: {
                multi: true,
              },
            },
          ],
        },
      },
      opinion: {
        title: {
          'zh-CN': '会办意见',
          en: 'Co-handler\'s opinion',
        },
        schema: {
          type: 'object',
          required: [
            'opinion',
          ],
          properties: {
            opinion: {
              type: 'string',
              title: '会办意见（送主办单位）',
              minLength: 10,
              maxLength: 5000,
            },
          },
          additionalProperties: false,
        },
        ui: {
          type: 'VerticalLayout',
          elements: [
            {
              type: 'Control',
              scope: '#/properties/opinion',
              label: {
                'zh-CN': '会办意见（送主办单位）',
                en: 'View for the lead unit',
              },
              options: {
                multi: true,
              },
            },
          ],
        },
      },
      progress: {
        title: {
          'zh-CN': '办中沟通',
          en: 'Progress report',
        },
        schema: {
          type: 'object',
          required: [
            'summary',
          ],
          properties: {
            summary: {
              type: 'string',
              title: '办理进展',
              minLength: 5,
              maxLength: 2000,
            },
          },
          additionalProperties: false,
        },
        ui: {
          type: 'VerticalLayout',
          elements: [
            {
              type: 'Control',
              scope: '#/properties/summary',
              label: {
                'zh-CN': '办理进展',
                en: 'Summary',
              },
              options: {
                multi: true,
              },
            },
          ],
        },
      },
      extensionRequest: {
        title: {
          'zh-CN': '申请延期',
          en: 'Ask for an extension',
        },
        schema: {
          type: 'object',
          required: [
            'reason',
          ],
          properties: {
            reason: {
              type: 'string',
              title: '延期理由',
              minLength: 5,
              maxLength: 2000,
            },
          },
          additionalProperties: false,
        },
        ui: {
          type: 'VerticalLayout',
          elements: [
            {
              type: 'Control',
              scope: '#/properties/reason',
              label: {
                'zh-CN': '延期理由',
                en: 'Reason',
              },
              options: {
                multi: true,
              },
            },
          ],
        },
      },
      instruction: {
        title: {
          'zh-CN': '督办批示',
          en: 'Supervision instruction',
        },
        schema: {
          type: 'object',
          required: [
            'instruction',
          ],
          properties: {
            instruction: {
              type: 'string',
              title: '批示内容',
              minLength: 5,
              maxLength: 2000,
            },
          },
          additionalProperties: false,
        },
        ui: {
          type: 'VerticalLayout',
          elements: [
            {
              type: 'Control',
              scope: '#/properties/instruction',
              label: {
                'zh-CN': '批示内容',
                en: 'Instruction',
              },
              options: {
                multi: true,
              },
            },
          ],
        },
      },
      reply: {
        title: {
          'zh-CN': '答复提案人',
          en: 'Reply to the proposer',
        },
        schema: {
          type: 'object',
          required: [
            'replyClass',
            'reply',
            'signedOffBy',
            'consulted',
          ],
          properties: {
            replyClass: {
              title: '答复类别',
              oneOf: [
                {
                  const: 'A',
                  title: 'A 解决或采纳',
                },
                {
                  const: 'B',
                  title: 'B 列入计划拟解决',
                },
                {
                  const: 'C',
                  title: 'C 留作参考',
                },
              ],
            },
            reply: {
              type: 'string',
              title: '答复内容（逐条答复）',
              minLength: 20,
              maxLength: 20000,
            },
            signedOffBy: {
              type: 'string',
              title: '审签的分管领导',
              minLength: 2,
              maxLength: 60,
            },
            consulted: {
              enum: [
                '面谈',
                '座谈会',
                '走访',
                '电话',
                '邮件',
                '书信',
                '未联系',
              ],
              title: '与提案人沟通方式',
            },
            headAttended: {
              type: 'boolean',
              title: '单位主要领导参加沟通',
            },
          },
          additionalProperties: false,
        },
        ui: {
          type: 'VerticalLayout',
          elements: [
            {
              type: 'Control',
              scope: '#/properties/replyClass',
              label: {
                'zh-CN': '答复类别',
                en: 'Reply class',
              },
            },
            {
              type: 'Control',
              scope: '#/properties/reply',
              label: {
                'zh-CN': '答复内容（逐条答复）',
                en: 'Reply, point by point',
              },
              options: {
                multi: true,
              },
            },
            {
              type: 'Control',
              scope: '#/properties/signedOffBy',
              label: {
                'zh-CN': '审签的分管领导',
                en: 'Signing leader',
              },
            },
            {
              type: 'Control',
              scope: '#/properties/consulted',
              label: {
                'zh-CN': '与提案人沟通方式',
                en: 'Contact with the proposer',
              },
            },
            {
              type: 'Control',
              scope: '#/properties/headAttended',
              label: {
                'zh-CN': '单位主要领导参加沟通',
                en: 'The unit\'s head took part',
              },
            },
          ],
        },
      },
      reclassify: {
        title: {
          'zh-CN': '调整答复类别',
          en: 'Change the reply class',
        },
        schema: {
          type: 'object',
          required: [
            'unit',
            'replyClass',
            'reason',
          ],
          properties: {
            unit: {
              type: 'string',
              minLength: 2,
              maxLength: 60,
              pattern: '^\\S(.*\\S)?$',
              title: '答复单位',
            },
            replyClass: {
              title: '审核后的答复类别',
              oneOf: [
                {
                  const: 'A',
                  title: 'A 解决或采纳',
                },
                {
                  const: 'B',
                  title: 'B 列入计划拟解决',
                },
                {
                  const: 'C',
                  title: 'C 留作参考',
                },
              ],
            },
            reason: {
              type: 'string',
              title: '调整理由',
              minLength: 5,
              maxLength: 2000,
            },
          },
          additionalProperties: false,
        },
        ui: {
          type: 'VerticalLayout',
          elements: [
            {
              type: 'Control',
              scope: '#/properties/unit',
              label: {
                'zh-CN': '答复单位',
                en: 'Replying unit',
              },
            },
            {
              type: 'Control',
              scope: '#/properties/replyClass',
              label: {
                'zh-CN': '审核后的答复类别',
                en: 'Reply class',
              },
            },
            {
              type: 'Control',
              scope: '#/properties/reason',
              label: {
                'zh-CN': '调整理由',
                en: 'Reason',
              },
              options: {
                multi: true,
              },
            },
          ],
        },
      },
      returnReply: {
        title: {
          'zh-CN': '退回重办',
          en: 'Send the reply back',
        },
        schema: {
          type: 'object',
          required: [
            'reason',
          ],
          properties: {
            reason: {
              type: 'string',
              title: '退回理由',
              minLength: 5,
              maxLength: 2000,
            },
          },
          additionalProperties: false,
        },
        ui: {
          type: 'VerticalLayout',
          elements: [
            {
              type: 'Control',
              scope: '#/properties/reason',
              label: {
                'zh-CN': '退回理由',
                en: 'Reason',
              },
              options: {
                multi: true,
              },
            },
          ],
        },
      },
      evaluate: {
        title: {
          'zh-CN': '提案办理意见反馈',
          en: 'Proposer\'s feedback',
        },
        schema: {
          type: 'object',
          required: [
            'satisfaction',
          ],
          properties: {
            satisfaction: {
              enum: [
                '满意',
                '基本满意',
                '不满意',
              ],
              title: '办理结果评价',
            },
            visited: {
              enum: [
                '已走访',
                '委员本人提出不需要走访',
                '未走访',
              ],
              title: '走访情况',
            },
            comment: {
              type: 'string',
              title: '意见和建议',
              minLength: 2,
              maxLength: 5000,
            },
          },
          if: {
            properties: {
              satisfaction: {
                const: '不满意',
              },
            },
          },
          then: {
            required: [
              'comment',
            ],
          },
          additionalProperties: false,
        },
        ui: {
          type: 'VerticalLayout',
          elements: [
            {
              type: 'Control',
              scope: '#/properties/satisfaction',
              label: {
                'zh-CN': '办理结果评价',
                en: 'Satisfaction',
              },
            },
            {
              type: 'Control',
              scope: '#/properties/visited',
              label: {
                'zh-CN': '走访情况',
                en: 'Visit',
              },
            },
            {
              type: 'Control',
              scope: '#/properties/comment',
              label: {
                'zh-CN': '意见和建议',
                en: 'Comments',
              },
              options: {
                multi: true,
              },
            },
          ],
        },
      },
    },
    initial: 'draft',
    states: {
      draft: {
        title: {
          'zh-CN': '提：撰写提案',
          en: 'Submit: drafting',
        },
        description: {
          'zh-CN': '第一提案人撰写提案（一事一案，有情况、有分析、有具体建议），可以邀请委员联名，可以建议主办、会办单位。',
          en: 'The lead proposer drafts the proposal (one issue per proposal, with facts, analysis and concrete suggestions), may invite co-signers and may suggest the lead and co-handling units.',
        },
        on: {
          submit: [
            {
              to: 'cosigning',
              title: {
                'zh-CN': '提交',
                en: 'Submit',
              },
              description: {
                'zh-CN': '列出联名委员时先会签；不能把自己列为联名委员',
                en: 'With co-signers listed, co-signing comes first; the proposer cannot list themself',
              },
              roles: [
                'proposer',
              ],
              form: 'submit',
              when: 'len(coalesce(payload.coSigners, [])) > 0 && !(actor.id in payload.coSigners)',
              set: {
                '/proposer': 'actor.id',
                '/title': 'payload.title',
                '/category': 'payload.category',
                '/situation': 'payload.situation',
                '/suggestions': 'payload.suggestions',
                '/submittedAs': 'payload.submittedAs',
                '/session': 'payload.session',
                '/suggestedLeadUnit': 'coalesce(payload.suggestedLeadUnit, \'\')',
                '/suggestedCoUnits': 'coalesce(payload.suggestedCoUnits, [])',
                '/coSigners': 'coalesce(payload.coSigners, [])',
                '/confirmedCoSigners': '[]',
              },
              effects: [
                {
                  notify: {
                    roles: [
                      'co-signer',
                    ],
                    message: {
                      'zh-CN': '委员邀请您联名提出提案，请在五个工作日内确认或谢绝',
                      en: 'A member invites you to co-sign a proposal: confirm or decline within five working days',
                    },
                  },
                },
              ],
            },
            {
              to: 'review',
              title: {
                'zh-CN': '提交',
                en: 'Submit',
              },
              roles: [
                'proposer',
              ],
              form: 'submit',
              when: 'len(coalesce(payload.coSigners, [])) == 0',
              set: {
                '/proposer': 'actor.id',
                '/title': 'payload.title',
                '/category': 'payload.category',
                '/situation': 'payload.situation',
                '/suggestions': 'payload.suggestions',
                '/submittedAs': 'payload.submittedAs',
                '/session': 'payload.session',
                '/suggestedLeadUnit': 'coalesce(payload.suggestedLeadUnit, \'\')',
                '/suggestedCoUnits': 'coalesce(payload.suggestedCoUnits, [])',
                '/coSigners': 'coalesce(payload.coSigners, [])',
                '/confirmedCoSigners': '[]',
              },
              effects: [
                {
                  notify: {
                    roles: [
                      'proposal-office',
                    ],
                    message: {
                      'zh-CN': '收到新提案，请审查立案',
                      en: 'A new proposal has arrived for review',
                    },
                  },
                },
              ],
            },
          ],
          discard: {
            to: 'discarded',
            title: {
              'zh-CN': '删除草稿',
              en: 'Discard the draft',
            },
            roles: [
              'proposer',
            ],
            optional: true,
          },
        },
      },
      cosigning: {
        title: {
          'zh-CN': '提：联名委员会签',
          en: 'Submit: co-signers confirm',
        },
        description: {
          'zh-CN': '每位受邀联名委员一个分支，只有本人能确认或谢绝；五个工作日内未答复视为谢绝。全部答复或到期后提交审查。',
          en: 'One branch per invited co-signer; only that person confirms or declines, and no answer within five working days counts as declining. Then the proposal goes to review.',
        },
        forEach: {
          in: '/coSigners',
          role: 'co-signer',
          complete: 'all',
        },
        initial: 'invited',
        on: {
          withdraw: {
            to: 'draft',
            title: {
              'zh-CN': '撤回',
              en: 'Withdraw',
            },
            roles: [
              'proposer',
            ],
            optional: true,
          },
        },
        states: {
          invited: {
            title: {
              'zh-CN': '待确认联名',
              en: 'Invited to co-sign',
            },
            deadline: {
              within: '5WD',
              onExpire: {
                to: 'noAnswer',
              },
            },
            on: {
              confirm: {
                to: 'confirmed',
                title: {
                  'zh-CN': '确认联名',
                  en: 'Confirm',
                },
                roles: [
                  'co-signer',
                ],
                set: {
                  '/confirmedCoSigners': 'concat(coalesce(data.confirmedCoSigners, []), [branch.key])',
                },
              },
              decline: {
                to: 'declined',
                title: {
                  'zh-CN': '谢绝联名',
                  en: 'Decline',
                },
                roles: [
                  'co-signer',
                ],
                form: 'decline',
              },
            },
          },
          confirmed: {
            title: {
              'zh-CN': '已确认联名',
              en: 'Confirmed',
            },
            type: 'final',
          },
          declined: {
            title: {
              'zh-CN': '已谢绝联名',
              en: 'Declined',
            },
            type: 'final',
          },
          noAnswer: {
            title: {
              'zh-CN': '逾期未答复（视为谢绝）',
              en: 'No answer in time (declined)',
            },
            type: 'final',
          },
        },
        onDone: {
          to: 'review',
          effects: [
            {
              notify: {
                roles: [
                  'proposer',
                  'proposal-office',
                ],
                message: {
                  'zh-CN': '联名确认已结束，提案已提交审查',
                  en: 'Co-signing is over: the proposal has gone to review',
                },
              },
            },
          ],
        },
      },
      review: {
        title: {
          'zh-CN': '立：审查立案',
          en: 'File: review',
        },
        description: {
          'zh-CN': '提案委员会审查提案者资格、内容和格式，决定立案、不立案、并案或退回修改。',
          en: 'The proposal committee checks the proposer\'s eligibility, the content and the format, and files the proposal, declines it, merges it into another or returns it for revision.',
        },
        on: {
          accept: {
            to: 'assign',
            title: {
              'zh-CN': '立案',
              en: 'File',
            },
            roles: [
              'proposal-office',
            ],
            effects: [
              {
                notify: {
                  roles: [
                    'proposer',
                    'assigning-office',
                  ],
                  message: {
                    'zh-CN': '提案已立案，待交办',
                    en: 'The proposal is filed and awaits assignment',
                  },
                },
              },
            ],
          },
          reject: [
            {
              to: 'consent',
              title: {
                'zh-CN': '不立案',
                en: 'Do not file',
              },
              roles: [
                'proposal-office',
              ],
              form: 'notFiled',
              when: 'payload.offerConversion == true',
              set: {
                '/notFiledGround': 'payload.ground',
                '/notFiledReason': 'payload.reason',
                '/referenceUnit': 'coalesce(payload.referenceUnit, \'\')',
              },
              effects: [
                {
                  notify: {
                    roles: [
                      'proposer',
                    ],
                    message: {
                      'zh-CN': '您的提案未予立案，请查看理由，并答复是否同意转为社情民意信息或委员来信',
                      en: 'Your proposal was not filed; see the reason, and say whether it may become a public-opinion report or a member letter',
                    },
                  },
                },
              ],
            },
            {
              to: 'notFiled',
              title: {
                'zh-CN': '不立案',
                en: 'Do not file',
              },
              roles: [
                'proposal-office',
              ],
              form: 'notFiled',
              set: {
                '/notFiledGround': 'payload.ground',
                '/notFiledReason': 'payload.reason',
                '/referenceUnit': 'coalesce(payload.referenceUnit, \'\')',
                '/conversion': '\'未转化\'',
              },
              effects: [
                {
                  notify: {
                    roles: [
                      'proposer',
                    ],
                    message: {
                      'zh-CN': '您的提案未予立案，请查看理由',
                      en: 'Your proposal was not filed; see the reason',
                    },
                  },
                },
              ],
            },
          ],
          merge: {
            to: 'merged',
            title: {
              'zh-CN': '并案',
              en: 'Merge',
            },
            roles: [
              'proposal-office',
            ],
            form: 'merge',
            when: 'payload.mainProposal != instance.id',
            set: {
              '/mergedInto': 'payload.mainProposal',
              '/mergeReason': 'payload.reason',
            },
            effects: [
              {
                notify: {
                  roles: [
                    'proposer',
                    'assigning-office',
                  ],
                  message: {
                    'zh-CN': '您的提案已并入主提案办理，承办单位将单独答复您',
                    en: 'Your proposal is merged into a main proposal; the unit will still reply to you separately',
                  },
                },
              },
            ],
          },
          returnForRevision: {
            to: 'draft',
            title: {
              'zh-CN': '退回修改',
              en: 'Return for revision',
            },
            roles: [
              'proposal-office',
            ],
            form: 'returnForRevision',
            set: {
              '/returnReason': 'payload.reason',
            },
            effects: [
              {
                notify: {
                  roles: [
                    'proposer',
                  ],
                  message: {
                    'zh-CN': '您的提案被退回修改，请查看理由',
                    en: 'Your proposal was returned for revision; see the reason',
                  },
                },
              },
            ],
          },
          withdraw: {
            to: 'draft',
            title: {
              'zh-CN': '撤回',
              en: 'Withdraw',
            },
            roles: [
              'proposer',
            ],
            optional: true,
          },
        },
      },
      consent: {
        title: {
          'zh-CN': '立：征求提案人意见（转社情民意）',
          en: 'File: ask the proposer about conversion',
        },
        description: {
          'zh-CN': '不立案的提案，经提案人同意，可以转为社情民意信息或委员来信；十五个工作日内未答复视为不同意。',
          en: 'A proposal that is not filed may become a public-opinion report or a member letter with the proposer\'s consent; no answer within fifteen working days counts as no consent.',
        },
        deadline: {
          within: '15WD',
          onExpire: {
            to: 'notFiled',
            effects: [
              {
                notify: {
                  roles: [
                    'proposal-office',
                  ],
                  message: {
                    'zh-CN': '提案人逾期未答复，不立案提案不予转化',
                    en: 'The proposer did not answer in time: the proposal is not converted',
                  },
                },
              },
            ],
          },
        },
        on: {
          consentToReport: {
            to: 'convertedToReport',
            title: {
              'zh-CN': '同意转为社情民意信息',
              en: 'Agree: a public-opinion report',
            },
            roles: [
              'proposer',
            ],
            set: {
              '/conversion': '\'社情民意信息\'',
            },
            effects: [
              {
                notify: {
                  roles: [
                    'proposal-office',
                  ],
                  message: {
                    'zh-CN': '提案人同意将不立案提案转为社情民意信息',
                    en: 'The proposer agrees to turn the proposal into a public-opinion report',
                  },
                },
              },
              {
                start: {
                  workflow: 'public-opinion',
                  data: {
                    '/submitter': 'actor.id',
                    '/submitterKind': '\'委员\'',
                    '/title': 'data.title',
                    '/content': 'data.situation',
                    '/suggestions': 'data.suggestions',
                    '/originProposal': 'instance.id',
                  },
                },
              },
            ],
          },
          consentToLetter: {
            to: 'convertedToLetter',
            title: {
              'zh-CN': '同意转为委员来信',
              en: 'Agree: a member letter',
            },
            roles: [
              'proposer',
            ],
            set: {
              '/conversion': '\'委员来信\'',
            },
            effects: [
              {
                notify: {
                  roles: [
                    'proposal-office',
                  ],
                  message: {
                    'zh-CN': '提案人同意将不立案提案转为委员来信',
                    en: 'The proposer agrees to turn the proposal into a member letter',
                  },
                },
              },
            ],
          },
          declineConversion: {
            to: 'notFiled',
            title: {
              'zh-CN': '不同意转化',
              en: 'Do not convert',
            },
            roles: [
              'proposer',
            ],
            set: {
              '/conversion': '\'不同意\'',
            },
          },
        },
      },
      merged: {
        title: {
          'zh-CN': '立：并案，随主提案办理',
          en: 'File: merged, handled with the main proposal',
        },
        description: {
          'zh-CN': '并入主提案（/mergedInto）的提案不单独立案交办，但承办单位须单独答复本提案人，本提案人单独评价。',
          en: 'A proposal merged into a main one (/mergedInto) is not assigned on its own, but the unit must still reply to this proposer, who evaluates on their own.',
        },
        initial: 'mergedAssign',
        states: {
          mergedAssign: {
            title: {
              'zh-CN': '并案：交主提案的主办单位',
              en: 'Merged: to the main proposal\'s lead unit',
            },
            on: {
              assignMerged: {
                to: 'mergedReply',
                title: {
                  'zh-CN': '并案交办',
                  en: 'Assign with the main proposal',
                },
                roles: [
                  'assigning-office',
                ],
                form: 'assignMerged',
                set: {
                  '/mode': '\'并案\'',
                  '/leadUnit': 'payload.leadUnit',
                  '/units': '[payload.leadUnit]',
                  '/coUnits': '[]',
                },
                effects: [
                  {
                    notify: {
                      roles: [
                        'lead-unit',
                      ],
                      message: {
                        'zh-CN': '并案提案：请随主提案办理，并单独答复本提案人',
                        en: 'A merged proposal: handle it with the main proposal and reply to this proposer separately',
                      },
                    },
                  },
                ],
              },
            },
          },
          mergedReply: {
            title: {
              'zh-CN': '并案：单独答复本提案人',
              en: 'Merged: reply to this proposer',
            },
            deadline: {
              within: 'P3M',
              onExpire: {
                effects: [
                  {
                    notify: {
                      roles: [
                        'lead-unit',
                        'proposal-office',
                      ],
                      message: {
                        'zh-CN': '并案提案逾期未答复提案人（催办）',
                        en: 'The merged proposal\'s reply is overdue (reminder)',
                      },
                    },
                  },
                ],
              },
            },
            on: {
              replyMerged: {
                to: 'checkingReply',
                title: {
                  'zh-CN': '答复本提案人',
                  en: 'Reply to this proposer',
                },
                roles: [
                  'lead-unit',
                ],
                form: 'reply',
                set: {
                  '/replies': 'concat(coalesce(data.replies, []), [payload])',
                  '/repliedUnits': 'concat(coalesce(data.repliedUnits, []), [data.leadUnit])',
                },
                effects: [
                  {
                    notify: {
                      roles: [
                        'proposer',
                      ],
                      message: {
                        'zh-CN': '承办单位已单独答复您的提案',
                        en: 'The unit has replied to your proposal',
                      },
                    },
                  },
                  {
                    notify: {
                      roles: [
                        'proposal-office',
                      ],
                      message: {
                        'zh-CN': '并案提案已答复，请审核',
                        en: 'The merged proposal has its reply: please check',
                      },
                    },
                  },
                ],
              },
            },
          },
        },
      },
      assign: {
        title: {
          'zh-CN': '交：交办',
          en: 'Assign',
        },
        description: {
          'zh-CN': '交办机关（党委办、政府办会同政协）确定办理方式和承办单位；提案委员会可以在此把主席会议确定的重点提案列出，并确定领办（督办）领导。',
          en: 'The assigning office (party and government offices with the CPPCC) sets the handling mode and the units; here the committee marks the key proposals the chair\'s council approved, with their leading official.',
        },
        on: {
          assign: {
            to: 'receiving',
            title: {
              'zh-CN': '交办',
              en: 'Assign',
            },
            roles: [
              'assigning-office',
            ],
            form: 'assign',
            when: '!(coalesce(payload.leadUnit, \'\') in coalesce(payload.coUnits, []))',
            set: {
              '/mode': 'payload.mode',
              '/leadUnit': 'coalesce(payload.leadUnit, \'\')',
              '/coUnits': 'coalesce(payload.coUnits, [])',
              '/units': 'payload.mode == \'分办\' ? payload.splitUnits : concat([payload.leadUnit], coalesce(payload.coUnits, []))',
            },
            effects: [
              {
                notify: {
                  roles: [
                    'handling-unit',
                    'proposer',
                  ],
                  message: {
                    'zh-CN': '提案已交办：承办单位如认为不属于本单位职责，请在五个工作日内提出异议，不得自行转办',
                    en: 'The proposal is assigned: a unit that thinks it is not theirs must object within five working days and may not pass it on',
                  },
                },
              },
            ],
          },
          markKey: {
            title: {
              'zh-CN': '列为重点提案',
              en: 'Make it a key proposal',
            },
            roles: [
              'proposal-office',
            ],
            form: 'markKey',
            optional: true,
            when: 'data.keyProposal != true && payload.leadOfficial != data.proposer && !(payload.leadOfficial in coalesce(data.coSigners, []))',
            set: {
              '/keyProposal': 'true',
              '/leadOfficial': 'payload.leadOfficial',
              '/leaderKind': 'payload.leaderKind',
              '/councilApproval': 'payload.councilApproval',
            },
            effects: [
              {
                notify: {
                  roles: [
                    'lead-official',
                  ],
                  message: {
                    'zh-CN': '本件提案已列为重点提案，请您领办（督办）',
                    en: 'This proposal is a key proposal: you lead or supervise its handling',
                  },
                },
              },
            ],
          },
        },
      },
      receiving: {
        title: {
          'zh-CN': '交：承办单位签收（异议期）',
          en: 'Assign: units sign for it (objection period)',
        },
        description: {
          'zh-CN': '每个承办单位一个分支，五个工作日内签收或提出交办异议；逾期未提异议视为接受。有异议的回到交办，由交办机关重新交办。',
          en: 'One branch per unit: sign for it or object within five working days; no objection by then counts as accepting. An objection sends it back to the assigning office to reassign.',
        },
        forEach: {
          in: '/units',
          role: 'handling-unit',
          complete: 'all',
        },
        initial: 'toSign',
        states: {
          toSign: {
            title: {
              'zh-CN': '待签收',
              en: 'To sign for',
            },
            deadline: {
              within: '5WD',
              onExpire: {
                to: 'signedByDefault',
              },
            },
            on: {
              signFor: {
                to: 'signed',
                title: {
                  'zh-CN': '签收',
                  en: 'Sign for it',
                },
                roles: [
                  'handling-unit',
                ],
              },
              objectAssignment: {
                to: 'assign',
                title: {
                  'zh-CN': '提出交办异议',
                  en: 'Object to the assignment',
                },
                roles: [
                  'handling-unit',
                ],
                form: 'objection',
                set: {
                  '/objections': 'concat(coalesce(data.objections, []), [payload])',
                  '/objectingUnits': 'concat(coalesce(data.objectingUnits, []), [branch.key])',
                },
                effects: [
                  {
                    notify: {
                      roles: [
                        'assigning-office',
                        'proposal-office',
                      ],
                      message: {
                        'zh-CN': '承办单位对交办有异议，请重新交办（承办单位不得自行转办）',
                        en: 'A unit objects to the assignment: please reassign it (units may not pass it on)',
                      },
                    },
                  },
                ],
              },
            },
          },
          signed: {
            title: {
              'zh-CN': '已签收',
              en: 'Signed for',
            },
            type: 'final',
          },
          signedByDefault: {
            title: {
              'zh-CN': '逾期未提异议（视为接受）',
              en: 'No objection in time (accepted)',
            },
            type: 'final',
          },
        },
        onDone: {
          to: 'handlingStage',
          effects: [
            {
              notify: {
                roles: [
                  'handling-unit',
                ],
                message: {
                  'zh-CN': '请自收到提案之日起三个月内办复，办前十五个工作日内与提案人面商',
                  en: 'Reply within three months of receipt, and consult the proposer within fifteen working days',
                },
              },
            },
          ],
        },
      },
      handlingStage: {
        title: {
          'zh-CN': '办·督：承办单位办理，提案委督办',
          en: 'Handle and supervise',
        },
        description: {
          'zh-CN': '三个月办理期（可延期一次，最多一个月，须说明理由）；期限前十五天催办，逾期发催办函。办理的同时，提案委员会催办，重点提案的领办领导作督办批示。',
          en: 'Three months to reply (one extension of at most a month, with a reason); a reminder fifteen days before, a chasing notice once overdue. Meanwhile the committee chases and a key proposal\'s leading official gives instructions.',
        },
        type: 'parallel',
        deadline: {
          within: 'P3M',
          warnBefore: 'P15D',
          onWarn: {
            effects: [
              {
                notify: {
                  roles: [
                    'handling-unit',
                    'proposal-office',
                  ],
                  message: {
                    'zh-CN': '提案办理期限将至，请抓紧办复（催办）',
                    en: 'The proposal is due soon: please reply',
                  },
                },
              },
            ],
          },
          onExpire: {
            effects: [
              {
                notify: {
                  roles: [
                    'handling-unit',
                    'proposal-office',
                    'assigning-office',
                  ],
                  message: {
                    'zh-CN': '提案已超过办理期限，请即办复（催办函）',
                    en: 'The proposal is overdue: reply at once (chasing notice)',
                  },
                },
              },
            ],
          },
          extend: {
            roles: [
              'assigning-office',
            ],
            max: 'P1M',
            times: 1,
          },
        },
        states: {
          handling: {
            title: {
              'zh-CN': '办：承办单位办理',
              en: 'Handle',
            },
            description: {
              'zh-CN': '单办、分办：每个单位先办前面商，再答复提案人；会办：会办单位一个月内向主办单位提出意见，只有主办单位答复。',
              en: 'Single or split: each unit first consults the proposer, then replies. Joint: co-handlers send their views to the lead unit within a month, and only the lead unit replies.',
            },
            forEach: {
              in: '/units',
              role: 'handling-unit',
              complete: 'all',
              start: 'data.mode == \'会办\' && branch.key != data.leadUnit ? \'coHandling\' : \'preConsult\'',
            },
            initial: 'preConsult',
            on: {
              reportProgress: {
                title: {
                  'zh-CN': '办中沟通',
                  en: 'Report progress',
                },
                description: {
                  'zh-CN': '办理中向提案人通报进展',
                  en: 'Tell the proposer how handling is going',
                },
                roles: [
                  'handling-unit',
                ],
                form: 'progress',
                optional: true,
                set: {
                  '/progressReports': 'concat(coalesce(data.progressReports, []), [payload])',
                },
                effects: [
                  {
                    notify: {
                      roles: [
                        'proposer',
                      ],
                      message: {
                        'zh-CN': '承办单位通报了提案办理进展',
                        en: 'A unit reported on the proposal\'s progress',
                      },
                    },
                  },
                ],
              },
              applyExtension: {
                title: {
                  'zh-CN': '申请延期',
                  en: 'Ask for an extension',
                },
                roles: [
                  'handling-unit',
                ],
                form: 'extensionRequest',
                optional: true,
                set: {
                  '/extensionReason': 'payload.reason',
                },
                effects: [
                  {
                    notify: {
                      roles: [
                        'assigning-office',
                        'proposal-office',
                        'proposer',
                      ],
                      message: {
                        'zh-CN': '承办单位申请延期办理，请查看理由',
                        en: 'A unit asks for more time; see the reason',
                      },
                    },
                  },
                ],
              },
            },
            states: {
              preConsult: {
                title: {
                  'zh-CN': '办前面商',
                  en: 'Consult the proposer first',
                },
                deadline: {
                  within: '15WD',
                  onExpire: {
                    to: 'drafting',
                    effects: [
                      {
                        notify: {
                          roles: [
                            'handling-unit',
                            'proposal-office',
                          ],
                          message: {
                            'zh-CN': '承办单位未在十五个工作日内与提案人面商',
                            en: 'The unit did not consult the proposer within fifteen working days',
                          },
                        },
                      },
                    ],
                  },
                },
                on: {
                  recordConsultation: {
                    to: 'drafting',
                    title: {
                      'zh-CN': '记录办前面商',
                      en: 'Record the consultation',
                    },
                    roles: [
                      'handling-unit',
                    ],
                    form: 'consultation',
                    set: {
                      '/consultations': 'concat(coalesce(data.consultations, []), [payload])',
                      '/consultedUnits': 'concat(coalesce(data.consultedUnits, []), [branch.key])',
                    },
                  },
                },
              },
              drafting: {
                title: {
                  'zh-CN': '办理答复',
                  en: 'Prepare the reply',
                },
                on: {
                  reply: {
                    to: 'replied',
                    title: {
                      'zh-CN': '答复提案人',
                      en: 'Reply',
                    },
                    roles: [
                      'handling-unit',
                    ],
                    form: 'reply',
                    when: 'data.mode != \'会办\' || count(branches, \'state\', \'coHandling\') == 0',
                    set: {
                      '/replies': 'concat(coalesce(data.replies, []), [payload])',
                      '/repliedUnits': 'concat(coalesce(data.repliedUnits, []), [branch.key])',
                    },
                    effects: [
                      {
                        notify: {
                          roles: [
                            'proposer',
                          ],
                          message: {
                            'zh-CN': '承办单位已答复您的提案',
                            en: 'A unit has replied to your proposal',
                          },
                        },
                      },
                    ],
                  },
                },
              },
              coHandling: {
                title: {
                  'zh-CN': '会办：向主办单位提出意见',
                  en: 'Co-handle: views to the lead unit',
                },
                deadline: {
                  within: 'P1M',
                  onExpire: {
                    to: 'noOpinion',
                    effects: [
                      {
                        notify: {
                          roles: [
                            'handling-unit',
                            'proposal-office',
                          ],
                          message: {
                            'zh-CN': '会办单位逾期未提出意见，主办单位可先行答复',
                            en: 'A co-handler sent no view in time: the lead unit may reply',
                          },
                        },
                      },
                    ],
                  },
                },
                on: {
                  sendOpinion: {
                    to: 'opinionSent',
                    title: {
                      'zh-CN': '提出会办意见',
                      en: 'Send the view',
                    },
                    roles: [
                      'handling-unit',
                    ],
                    form: 'opinion',
                    set: {
                      '/opinions': 'concat(coalesce(data.opinions, []), [payload])',
                      '/opinionUnits': 'concat(coalesce(data.opinionUnits, []), [branch.key])',
                    },
                  },
                },
              },
              replied: {
                title: {
                  'zh-CN': '已答复',
                  en: 'Replied',
                },
                type: 'final',
              },
              opinionSent: {
                title: {
                  'zh-CN': '已提出会办意见',
                  en: 'View sent',
                },
                type: 'final',
              },
              noOpinion: {
                title: {
                  'zh-CN': '逾期未提出会办意见',
                  en: 'No view in time',
                },
                type: 'final',
              },
            },
            onDone: {
              to: 'checkingReply',
              effects: [
                {
                  notify: {
                    roles: [
                      'proposal-office',
                    ],
                    message: {
                      'zh-CN': '承办单位已答复，请审核',
                      en: 'The units have replied: please check',
                    },
                  },
                },
              ],
            },
          },
          oversight: {
            title: {
              'zh-CN': '督：督办',
              en: 'Supervise',
            },
            initial: 'watching',
            states: {
              watching: {
                title: {
                  'zh-CN': '督办中',
                  en: 'Supervising',
                },
                on: {
                  remind: {
                    title: {
                      'zh-CN': '催办',
                      en: 'Chase',
                    },
                    roles: [
                      'proposal-office',
                    ],
                    optional: true,
                    set: {
                      '/reminders': 'coalesce(data.reminders, 0) + 1',
                    },
                    effects: [
                      {
                        notify: {
                          roles: [
                            'handling-unit',
                          ],
                          message: {
                            'zh-CN': '请抓紧办理提案（催办）',
                            en: 'Please get on with the proposal (reminder)',
                          },
                        },
                      },
                    ],
                  },
                  instruct: {
                    title: {
                      'zh-CN': '督办批示',
                      en: 'Give an instruction',
                    },
                    roles: [
                      'lead-official',
                    ],
                    form: 'instruction',
                    optional: true,
                    set: {
                      '/instructions': 'concat(coalesce(data.instructions, []), [payload])',
                    },
                    effects: [
                      {
                        notify: {
                          roles: [
                            'handling-unit',
                            'proposal-office',
                          ],
                          message: {
                            'zh-CN': '领办领导作出督办批示，请落实',
                            en: 'The leading official gave an instruction: please act on it',
                          },
                        },
                      },
                    ],
                  },
                },
              },
            },
          },
        },
      },
      checkingReply: {
        title: {
          'zh-CN': '督：提案委审核答复',
          en: 'Supervise: check the reply',
        },
        description: {
          'zh-CN': '提案委员会审核答复；未与提案人沟通或答非所问的退回重新办理（一个月）。重点提案再交领办领导审定。',
          en: 'The committee checks the reply; one that skipped consultation or misses the point goes back for re-handling (one month). A key proposal\'s reply then goes to its leading official.',
        },
        on: {
          approveReply: [
            {
              to: 'officialReview',
              title: {
                'zh-CN': '审核通过',
                en: 'Approve',
              },
              roles: [
                'proposal-office',
              ],
              when: 'data.keyProposal == true',
              effects: [
                {
                  notify: {
                    roles: [
                      'lead-official',
                    ],
                    message: {
                      'zh-CN': '重点提案的答复已审核，请审定并结束督办',
                      en: 'The key proposal\'s reply is checked: please sign it off',
                    },
                  },
                },
              ],
            },
            {
              to: 'evaluating',
              title: {
                'zh-CN': '审核通过',
                en: 'Approve',
              },
              roles: [
                'proposal-office',
              ],
              effects: [
                {
                  notify: {
                    roles: [
                      'proposer',
                    ],
                    message: {
                      'zh-CN': '答复已审核，请在十五个工作日内反馈评价意见',
                      en: 'The reply is checked: please give your feedback within fifteen working days',
                    },
                  },
                },
              ],
            },
          ],
          reclassify: {
            title: {
              'zh-CN': '调整答复类别',
              en: 'Change the reply class',
            },
            description: {
              'zh-CN': '督办审核时可以调整某个单位答复的类别，调整记入 /reclassifications',
              en: 'While checking, the committee may change the class of a unit\'s reply; changes are kept in /reclassifications',
            },
            roles: [
              'proposal-office',
            ],
            form: 'reclassify',
            optional: true,
            when: 'payload.unit in coalesce(data.repliedUnits, [])',
            set: {
              '/reclassifications': 'concat(coalesce(data.reclassifications, []), [payload])',
            },
            effects: [
              {
                notify: {
                  roles: [
                    'proposer',
                  ],
                  message: {
                    'zh-CN': '提案委员会审核时调整了答复类别',
                    en: 'The committee changed the class of a reply',
                  },
                },
              },
            ],
          },
          returnReply: {
            to: 'rehandling',
            title: {
              'zh-CN': '退回重办',
              en: 'Send back',
            },
            roles: [
              'proposal-office',
            ],
            form: 'returnReply',
            set: {
              '/returnReplyReason': 'payload.reason',
              '/rehandleCount': 'coalesce(data.rehandleCount, 0) + 1',
            },
            branches: 'data.mode == \'分办\' ? data.units : [data.leadUnit]',
            effects: [
              {
                notify: {
                  roles: [
                    'handling-unit',
                  ],
                  message: {
                    'zh-CN': '答复被退回，请在一个月内重新办理',
                    en: 'The reply was sent back: handle it again within a month',
                  },
                },
              },
            ],
          },
        },
      },
      officialReview: {
        title: {
          'zh-CN': '督：领办领导审定，结束督办',
          en: 'Supervise: the leading official signs off',
        },
        description: {
          'zh-CN': '重点提案的答复由领办（督办）领导本人审定并结束督办，或退回重新办理。',
          en: 'The leading official, in person, signs off a key proposal\'s reply and closes supervision, or sends it back.',
        },
        on: {
          closeSupervision: {
            to: 'evaluating',
            title: {
              'zh-CN': '审定答复，结束督办',
              en: 'Sign off and close supervision',
            },
            roles: [
              'lead-official',
            ],
            effects: [
              {
                notify: {
                  roles: [
                    'proposer',
                    'proposal-office',
                  ],
                  message: {
                    'zh-CN': '重点提案督办结束，请提案人反馈评价意见',
                    en: 'Supervision is closed: the proposer gives feedback next',
                  },
                },
              },
            ],
          },
          sendBack: {
            to: 'rehandling',
            title: {
              'zh-CN': '退回重办',
              en: 'Send back',
            },
            roles: [
              'lead-official',
            ],
            form: 'returnReply',
            set: {
              '/returnReplyReason': 'payload.reason',
              '/rehandleCount': 'coalesce(data.rehandleCount, 0) + 1',
            },
            branches: 'data.mode == \'分办\' ? data.units : [data.leadUnit]',
            effects: [
              {
                notify: {
                  roles: [
                    'handling-unit',
                    'proposal-office',
                  ],
                  message: {
                    'zh-CN': '领办领导退回答复，请在一个月内重新办理',
                    en: 'The leading official sent the reply back: handle it again within a month',
                  },
                },
              },
            ],
          },
        },
      },
      evaluating: {
        title: {
          'zh-CN': '评：提案人评价',
          en: 'Evaluate',
        },
        description: {
          'zh-CN': '第一提案人在十五个工作日内填写意见反馈表：满意、基本满意或不满意；不满意的，提案委员会商请承办单位重新办理。确认联名的委员同时可以各自反馈意见，记入 /coSignerViews；办结与否由第一提案人的评价决定。',
          en: 'The lead proposer fills in the feedback form within fifteen working days: satisfied, basically satisfied or not satisfied; if not, the committee asks the unit to handle it again. Meanwhile each co-signer who confirmed may give their own view, kept in /coSignerViews; the lead proposer\'s feedback decides what follows.',
        },
        type: 'parallel',
        deadline: {
          within: '15WD',
          warnBefore: '3WD',
          onWarn: {
            effects: [
              {
                notify: {
                  roles: [
                    'proposer',
                  ],
                  message: {
                    'zh-CN': '请尽快反馈提案办理评价意见',
                    en: 'Please give your feedback on the reply soon',
                  },
                },
              },
            ],
          },
          onExpire: {
            effects: [
              {
                notify: {
                  roles: [
                    'proposal-office',
                  ],
                  message: {
                    'zh-CN': '提案人逾期未反馈评价意见，请联系提案人',
                    en: 'The proposer has not given feedback in time: please contact them',
                  },
                },
              },
            ],
          },
        },
        states: {
          proposerFeedback: {
            title: {
              'zh-CN': '第一提案人反馈',
              en: 'The lead proposer\'s feedback',
            },
            on: {
              evaluate: [
                {
                  to: 'rehandling',
                  title: {
                    'zh-CN': '提交评价',
                    en: 'Give feedback',
                  },
                  roles: [
                    'proposer',
                  ],
                  form: 'evaluate',
                  when: 'payload.satisfaction == \'不满意\'',
                  set: {
                    '/satisfaction': 'payload.satisfaction',
                    '/evaluationComment': 'payload.comment',
                    '/visited': 'coalesce(payload.visited, \'\')',
                    '/rehandleCount': 'coalesce(data.rehandleCount, 0) + 1',
                  },
                  branches: 'data.mode == \'分办\' ? data.units : [data.leadUnit]',
                  effects: [
                    {
                      notify: {
                        roles: [
                          'handling-unit',
                          'proposal-office',
                        ],
                        message: {
                          'zh-CN': '提案人对办理结果不满意，提案委员会商请承办单位在一个月内重新办理',
                          en: 'The proposer is not satisfied: the committee asks the unit to handle it again within a month',
                        },
                      },
                    },
                  ],
                },
                {
                  to: 'done',
                  title: {
                    'zh-CN': '提交评价',
                    en: 'Give feedback',
                  },
                  roles: [
                    'proposer',
                  ],
                  form: 'evaluate',
                  set: {
                    '/satisfaction': 'payload.satisfaction',
                    '/evaluationComment': 'coalesce(payload.comment, \'\')',
                    '/visited': 'coalesce(payload.visited, \'\')',
                  },
                  effects: [
                    {
                      notify: {
                        roles: [
                          'proposal-office',
                        ],
                        message: {
                          'zh-CN': '提案人已反馈评价意见，提案办结',
                          en: 'The proposer gave feedback: the proposal is closed',
                        },
                      },
                    },
                  ],
                },
              ],
            },
          },
          coSignerFeedback: {
            title: {
              'zh-CN': '联名委员反馈意见',
              en: 'Co-signers\' views',
            },
            forEach: {
              in: '/confirmedCoSigners',
              role: 'co-signer',
              complete: 'all',
            },
            initial: 'viewInvited',
            states: {
              viewInvited: {
                title: {
                  'zh-CN': '待联名委员反馈',
                  en: 'Co-signer\'s view awaited',
                },
                on: {
                  giveView: {
                    to: 'viewGiven',
                    title: {
                      'zh-CN': '反馈意见',
                      en: 'Give a view',
                    },
                    roles: [
                      'co-signer',
                    ],
                    form: 'evaluate',
                    set: {
                      '/coSignerViews': 'concat(coalesce(data.coSignerViews, []), [payload])',
                      '/coSignerViewBy': 'concat(coalesce(data.coSignerViewBy, []), [branch.key])',
                    },
                  },
                },
              },
              viewGiven: {
                title: {
                  'zh-CN': '已反馈意见',
                  en: 'View given',
                },
                type: 'final',
              },
            },
          },
        },
      },
      rehandling: {
        title: {
          'zh-CN': '办：重新办理',
          en: 'Handle again',
        },
        description: {
          'zh-CN': '主办单位（分办时各承办单位）再次与提案人沟通（必要时主要领导参加），一个月内重新答复。',
          en: 'The lead unit (in a split, every unit) consults the proposer again, with its head if needed, and replies again within a month.',
        },
        deadline: {
          within: 'P1M',
          onExpire: {
            effects: [
              {
                notify: {
                  roles: [
                    'handling-unit',
                    'proposal-office',
                  ],
                  message: {
                    'zh-CN': '重新办理已逾期，请即答复（催办）',
                    en: 'Re-handling is overdue: reply at once',
                  },
                },
              },
            ],
          },
        },
        forEach: {
          in: '/units',
          role: 'handling-unit',
          complete: 'all',
        },
        initial: 'reworking',
        states: {
          reworking: {
            title: {
              'zh-CN': '重新办理答复',
              en: 'Reply again',
            },
            on: {
              replyAgain: {
                to: 'rehandled',
                title: {
                  'zh-CN': '重新答复',
                  en: 'Reply again',
                },
                roles: [
                  'handling-unit',
                ],
                form: 'reply',
                set: {
                  '/replies': 'concat(coalesce(data.replies, []), [payload])',
                  '/repliedUnits': 'concat(coalesce(data.repliedUnits, []), [branch.key])',
                },
                effects: [
                  {
                    notify: {
                      roles: [
                        'proposer',
                      ],
                      message: {
                        'zh-CN': '承办单位已重新答复您的提案',
                        en: 'A unit has replied to your proposal again',
                      },
                    },
                  },
                ],
              },
            },
          },
          rehandled: {
            title: {
              'zh-CN': '已重新答复',
              en: 'Replied again',
            },
            type: 'final',
          },
        },
        onDone: {
          to: 'checkingReply',
          effects: [
            {
              notify: {
                roles: [
                  'proposal-office',
                ],
                message: {
                  'zh-CN': '重新办理的答复已提交，请审核',
                  en: 'The new reply is in: please check',
                },
              },
            },
          ],
        },
      },
      notFiled: {
        title: {
          'zh-CN': '不予立案',
          en: 'Not filed',
        },
        type: 'final',
      },
      convertedToReport: {
        title: {
          'zh-CN': '不立案，转为社情民意信息',
          en: 'Not filed: becomes a public-opinion report',
        },
        type: 'final',
      },
      convertedToLetter: {
        title: {
          'zh-CN': '不立案，转为委员来信',
          en: 'Not filed: becomes a member letter',
        },
        type: 'final',
      },
      done: {
        title: {
          'zh-CN': '办结',
          en: 'Closed',
        },
        type: 'final',
      },
      discarded: {
        title: {
          'zh-CN': '已删除草稿',
          en: 'Draft discarded',
        },
        type: 'final',
      },
    },
  } satisfies WorkflowDefinition) as BaseProposalDefinition,
  'public-opinion': ({
    id: 'public-opinion',
    version: 1,
    title: {
      'zh-CN': '社情民意信息',
      en: 'Public-opinion reports (社情民意信息)',
    },
    description: {
      'zh-CN': '报送、审查（采用、不采用、退回修改）、签发、报送上级、领导批示、办理落实、反馈。一事一报：一篇信息只反映一件事，一事多报的退回修改。急事急报：报送人标明紧急的，审查、签发、报送上级合并在一个工作日的加急时限内完成，签发人在报送时即收到通知；审查、签发两道关口都不省略。审签分离：采用信息的人不能签发同一篇；回避：报送人即使在信息工作部门或持有签发权，也不能审查、签发自己的信息。被上级采用、媒体刊用、领导批示作为计分依据记入数据。不予立案的提案经提案人同意转来的，带着原提案直接进入审查。',
      en: 'Submit, review (adopt, do not adopt, return for revision), sign off, send upward, leader instructions, follow-through, feedback. One matter per report (一事一报): a report that raises several is returned for revision. Urgent matters fast (急事急报): a report marked urgent is reviewed, signed off and sent on within one working day together, and the signer is told as soon as it is submitted; neither the review nor the sign-off is skipped. Review and sign-off are kept apart: whoever adopted a report cannot sign it off; and nobody reviews or signs off their own report, whatever roles they hold. Adoption upstream, use by the media and leader instructions are recorded in the data as the facts scoring counts. A proposal that was not filed and that its proposer agreed to convert arrives with its origin and goes straight to review.',
    },
    roles: {
      submitter: {
        title: {
          'zh-CN': '报送人',
          en: 'Submitter',
        },
        description: {
          'zh-CN': '报送信息的委员、党派团体、专委会、界别或特约信息员（/submitter）：只有本人能撰写、修改、报送，并收到反馈',
          en: 'The member, party, special committee, sector or special correspondent who submits the report (/submitter): only they draft, revise and submit it, and they receive the feedback',
        },
        holders: '/submitter',
        transfer: [
          'info-office',
        ],
      },
      'info-office': {
        title: {
          'zh-CN': '社情民意信息工作部门',
          en: 'Public-opinion information office',
        },
        description: {
          'zh-CN': '审查采用、编辑报送、跟踪领导批示和办理落实、反馈',
          en: 'Reviews and edits reports, sends them on, tracks instructions and follow-through, feeds back',
        },
        oversight: true,
      },
      signer: {
        title: {
          'zh-CN': '签发人',
          en: 'Signer',
        },
        description: {
          'zh-CN': '签发社情民意信息的负责人，与审查人分开',
          en: 'The official who signs reports off, apart from the reviewer',
        },
      },
    },
    data: {
      type: 'object',
      required: [
        'submitter',
      ],
      properties: {
        submitter: {
          type: 'string',
          minLength: 1,
        },
        submitterKind: {
          enum: [
            '委员',
            '党派团体',
            '专委会',
            '界别',
            '特约信息员',
          ],
        },
        title: {
          type: 'string',
          minLength: 1,
        },
        content: {
          type: 'string',
          minLength: 1,
        },
        suggestions: {
          type: 'string',
        },
        urgent: {
          type: 'boolean',
        },
        originProposal: {
          type: 'string',
          minLength: 1,
          maxLength: 200,
        },
        submittedAt: {
          type: 'string',
        },
        adopted: {
          type: 'boolean',
        },
        reviewedBy: {
          type: 'string',
        },
        notAdoptedReason: {
          type: 'string',
        },
        returnReason: {
          type: 'string',
        },
        returnCount: {
          type: 'integer',
          minimum: 0,
        },
        downgradeReason: {
          type: 'string',
        },
        signedBy: {
          type: 'string',
        },
        sentTo: {
          type: 'array',
          items: {
            enum: [
              '党委',
              '政府',
              '上级政协',
            ],
          },
        },
        issue: {
          type: 'string',
        },
        adoptedUpstream: {
          type: 'array',
          maxItems: 100,
          items: {
            type: 'object',
            properties: {
              level: {
                enum: [
                  '市级',
                  '省级',
                  '全国',
                ],
              },
              body: {
                type: 'string',
              },
            },
          },
        },
        mediaUse: {
          type: 'array',
          maxItems: 100,
          items: {
            type: 'object',
            properties: {
              outlet: {
                type: 'string',
              },
              date: {
                type: 'string',
              },
            },
          },
        },
        instructions: {
          type: 'array',
          maxItems: 100,
          items: {
            type: 'object',
            properties: {
              leader: {
                type: 'string',
              },
              content: {
                type: 'string',
              },
              date: {
                type: 'string',
              },
            },
          },
        },
        implementation: {
          type: 'string',
        },
        feedback: {
          type: 'string',
        },
      },
      if: {
        required: [
          'originProposal',
        ],
      },
      then: {
        required: [
          'title',
          'content',
          'submitterKind',
        ],
      },
    },
    forms: {
      submit: {
        title: {
          'zh-CN': '报送社情民意信息',
          en: 'Submit the report',
        },
        schema: {
          type: 'object',
          required: [
            'title',
            'content',
            'submitterKind',
          ],
          properties: {
            title: {
              type: 'string',
              title: '标题（一事一报：只反映一件事）',
              minLength: 4,
              maxLength: 60,
            },
            content: {
              type: 'string',
              title: '情况反映',
              minLength: 20,
            },
            suggestions: {
              type: 'string',
              title: '意见建议',
              minLength: 5,
            },
            submitterKind: {
              title: '报送方',
              enum: [
                '委员',
                '党派团体',
                '专委会',
                '界别',
                '特约信息员',
              ],
            },
            urgent: {
              type: 'boolean',
              title: '急事急报',
            },
          },
          additionalProperties: false,
        },
        ui: {
          type: 'VerticalLayout',
          elements: [
            {
              type: 'Control',
              scope: '#/properties/title',
            },
            {
              type: 'Control',
              scope: '#/properties/content',
              options: {
                multi: true,
              },
            },
            {
              type: 'Control',
              scope: '#/properties/suggestions',
              options: {
                multi: true,
              },
            },
            {
              type: 'Control',
              scope: '#/properties/submitterKind',
            },
            {
              type: 'Control',
              scope: '#/properties/urgent',
            },
          ],
        },
      },
      adopt: {
        title: {
          'zh-CN': '采用',
          en: 'Adopt',
        },
        schema: {
          type: 'object',
          properties: {
            editedTitle: {
              type: 'string',
              title: '编辑后的标题（可不填）',
              minLength: 4,
              maxLength: 60,
            },
          },
          additionalProperties: false,
        },
      },
      notAdopt: {
        title: {
          'zh-CN': '不采用',
          en: 'Do not adopt',
        },
        schema: {
          type: 'object',
          required: [
            'reason',
          ],
          properties: {
            reason: {
              type: 'string',
              title: '不采用的理由',
              minLength: 5,
            },
          },
          additionalProperties: false,
        },
      },
      returnForRevision: {
        title: {
          'zh-CN': '退回修改',
          en: 'Return for revision',
        },
        schema: {
          type: 'object',
          required: [
            'ground',
            'reason',
          ],
          properties: {
            ground: {
              title: '退回情形',
              enum: [
                '一事多报',
                '情况不实或不完整',
                '表述需修改',
                '其他',
              ],
            },
            reason: {
              type: 'string',
              title: '修改意见',
              minLength: 5,
            },
          },
          additionalProperties: false,
        },
      },
      downgrade: {
        title: {
          'zh-CN': '改按一般信息办理',
          en: 'Treat as not urgent',
        },
        schema: {
          type: 'object',
          required: [
            'reason',
          ],
          properties: {
            reason: {
              type: 'string',
              title: '不按急事急报办理的理由',
              minLength: 5,
            },
          },
          additionalProperties: false,
        },
      },
      sendUpward: {
        title: {
          'zh-CN': '报送上级',
          en: 'Send upward',
        },
        schema: {
          type: 'object',
          required: [
            'sentTo',
          ],
          properties: {
            sentTo: {
              type: 'array',
              title: '报送对象',
              minItems: 1,
              uniqueItems: true,
              items: {
                type: 'string',
                enum: [
                  '党委',
                  '政府',
                  '上级政协',
                ],
              },
            },
            issue: {
              type: 'string',
              title: '刊发期号（如《社情民意专报》期号）',
              minLength: 1,
            },
          },
          additionalProperties: false,
        },
      },
      sendBack: {
        title: {
          'zh-CN': '退回审查',
          en: 'Send back to review',
        },
        schema: {
          type: 'object',
          required: [
            'reason',
          ],
          properties: {
            reason: {
              type: 'string',
              title: '退回理由',
              minLength: 5,
            },
          },
          additionalProperties: false,
        },
      },
      recordAdoption: {
        title: {
          'zh-CN': '记录上级采用',
          en: 'Record adoption upstream',
        },
        schema: {
          type: 'object',
          required: [
            'level',
            'body',
          ],
          properties: {
            level: {
              title: '采用层级',
              enum: [
                '市级',
                '省级',
                '全国',
              ],
            },
            body: {
              type: 'string',
              title: '采用单位（如省政协、全国政协）',
              minLength: 2,
            },
          },
          additionalProperties: false,
        },
      },
      recordMedia: {
        title: {
          'zh-CN': '记录媒体刊用',
          en: 'Record use by the media',
        },
        schema: {
          type: 'object',
          required: [
            'outlet',
            'date',
          ],
          properties: {
            outlet: {
              type: 'string',
              title: '媒体',
              minLength: 2,
            },
            date: {
              type: 'string',
              title: '刊用日期',
              format: 'date',
            },
          },
          additionalProperties: false,
        },
      },
      recordInstruction: {
        title: {
          'zh-CN': '记录领导批示',
          en: 'Record a leader\'s instruction',
        },
        schema: {
          type: 'object',
          required: [
            'leader',
            'content',
            'date',
          ],
          properties: {
            leader: {
              type: 'string',
              title: '批示领导',
              minLength: 2,
            },
            content: {
              type: 'string',
              title: '批示内容',
              minLength: 4,
            },
            date: {
              type: 'string',
              title: '批示日期',
              format: 'date',
            },
          },
          additionalProperties: false,
        },
      },
      recordImplementation: {
        title: {
          'zh-CN': '记录办理落实情况',
          en: 'Record the follow-through',
        },
        schema: {
          type: 'object',
          required: [
            'outcome',
          ],
          properties: {
            outcome: {
              type: 'string',
              title: '办理落实情况',
              minLength: 10,
            },
          },
          additionalProperties: false,
        },
      },
      feedback: {
        title: {
          'zh-CN': '反馈报送人',
          en: 'Feedback to the submitter',
        },
        schema: {
          type: 'object',
          required: [
            'feedback',
          ],
          properties: {
            feedback: {
              type: 'string',
              title: '反馈内容（采用、批示、办理落实情况）',
              minLength: 10,
            },
          },
          additionalProperties: false,
        },
      },
    },
    initial: 'intake',
    states: {
      intake: {
        title: {
          'zh-CN': '收件',
          en: 'Intake',
        },
        description: {
          'zh-CN': '新实例的入口：由不予立案的提案转来的（数据中有 originProposal）直接进入审查，其余由报送人撰写。',
          en: 'Where a new instance starts: one converted from a proposal that was not filed (originProposal in the data) goes straight to review; any other is drafted by its submitter.',
        },
        initial: 'received',
        states: {
          received: {
            title: {
              'zh-CN': '已收件',
              en: 'Received',
            },
            type: 'final',
          },
        },
        onDone: [
          {
            to: 'reviewing',
            when: 'len(coalesce(data.originProposal, \'\')) > 0',
            effects: [
              {
                notify: {
                  roles: [
                    'info-office',
                  ],
                  message: {
                    'zh-CN': '一件不予立案的提案经提案人同意转为社情民意信息，请审查',
                    en: 'A proposal that was not filed has been converted with its proposer\'s consent: please review it',
                  },
                },
              },
            ],
          },
          {
            to: 'drafting',
          },
        ],
      },
      drafting: {
        title: {
          'zh-CN': '报送：撰写信息',
          en: 'Submit: drafting',
        },
        on: {
          submit: [
            {
              to: 'urgentTrack',
              title: {
                'zh-CN': '报送',
                en: 'Submit',
              },
              roles: [
                'submitter',
              ],
              form: 'submit',
              when: 'payload.urgent == true',
              set: {
                '/title': 'payload.title',
                '/content': 'payload.content',
                '/suggestions': 'coalesce(payload.suggestions, \'\')',
                '/submitterKind': 'payload.submitterKind',
                '/urgent': 'true',
                '/submittedAt': 'now',
              },
              effects: [
                {
                  notify: {
                    roles: [
                      'info-office',
                      'signer',
                    ],
                    message: {
                      'zh-CN': '收到急事急报信息，请于一个工作日内审查、签发、报送',
                      en: 'An urgent report came in: review, sign off and send it within one working day',
                    },
                  },
                },
              ],
            },
            {
              to: 'reviewing',
              title: {
                'zh-CN': '报送',
                en: 'Submit',
              },
              roles: [
                'submitter',
              ],
              form: 'submit',
              set: {
                '/title': 'payload.title',
                '/content': 'payload.content',
                '/suggestions': 'coalesce(payload.suggestions, \'\')',
                '/submitterKind': 'payload.submitterKind',
                '/urgent': 'false',
                '/submittedAt': 'now',
              },
              effects: [
                {
                  notify: {
                    roles: [
                      'info-office',
                    ],
                    message: {
                      'zh-CN': '收到社情民意信息，请审查',
                      en: 'A report came in: please review it',
                    },
                  },
                },
              ],
            },
          ],
        },
      },
      reviewing: {
        title: {
          'zh-CN': '审查',
          en: 'Review',
        },
        deadline: {
          within: '5WD',
          warnBefore: '2WD',
          onWarn: {
            effects: [
              {
                notify: {
                  roles: [
                    'info-office',
                  ],
                  message: {
                    'zh-CN': '社情民意信息审查期限将至',
                    en: 'A report is due for review soon',
                  },
                },
              },
            ],
          },
        },
        on: {
          adopt: {
            to: 'signing',
            title: {
              'zh-CN': '采用',
              en: 'Adopt',
            },
            description: {
              'zh-CN': '回避：报送人不能审查自己的信息',
              en: 'Nobody reviews their own report',
            },
            roles: [
              'info-office',
            ],
            form: 'adopt',
            when: 'actor.id != data.submitter',
            set: {
              '/adopted': 'true',
              '/reviewedBy': 'actor.id',
              '/title': 'coalesce(payload.editedTitle, data.title)',
            },
            effects: [
              {
                notify: {
                  roles: [
                    'signer',
                  ],
                  message: {
                    'zh-CN': '社情民意信息已审查采用，请签发',
                    en: 'A report was adopted: please sign it off',
                  },
                },
              },
            ],
          },
          notAdopt: {
            to: 'notAdopted',
            title: {
              'zh-CN': '不采用',
              en: 'Do not adopt',
            },
            roles: [
              'info-office',
            ],
            form: 'notAdopt',
            when: 'actor.id != data.submitter',
            set: {
              '/adopted': 'false',
              '/notAdoptedReason': 'payload.reason',
            },
            effects: [
              {
                notify: {
                  roles: [
                    'submitter',
                  ],
                  message: {
                    'zh-CN': '您报送的社情民意信息未被采用，请查看理由',
                    en: 'Your report was not adopted; see the reason',
                  },
                },
              },
            ],
          },
          returnForRevision: {
            to: 'drafting',
            title: {
              'zh-CN': '退回修改',
              en: 'Return for revision',
            },
            roles: [
              'info-office',
            ],
            form: 'returnForRevision',
            when: 'actor.id != data.submitter',
            set: {
              '/returnReason': 'payload.reason',
              '/returnCount': 'coalesce(data.returnCount, 0) + 1',
            },
            effects: [
              {
                notify: {
                  roles: [
                    'submitter',
                  ],
                  message: {
                    'zh-CN': '您报送的社情民意信息被退回修改，请查看意见',
                    en: 'Your report was returned for revision; see why',
                  },
                },
              },
            ],
          },
        },
      },
      signing: {
        title: {
          'zh-CN': '签发',
          en: 'Sign-off',
        },
        deadline: {
          within: '3WD',
        },
        on: {
          sign: {
            to: 'sending',
            title: {
              'zh-CN': '签发',
              en: 'Sign off',
            },
            description: {
              'zh-CN': '审签分离：审查采用的人不能签发同一篇信息；报送人不能签发自己的信息',
              en: 'Review and sign-off are kept apart: whoever adopted the report cannot sign it off, and nobody signs off their own report',
            },
            roles: [
              'signer',
            ],
            when: 'actor.id != data.reviewedBy && actor.id != data.submitter',
            set: {
              '/signedBy': 'actor.id',
            },
            effects: [
              {
                notify: {
                  roles: [
                    'info-office',
                  ],
                  message: {
                    'zh-CN': '社情民意信息已签发，请报送上级',
                    en: 'The report is signed off: send it on',
                  },
                },
              },
            ],
          },
          sendBack: {
            to: 'reviewing',
            title: {
              'zh-CN': '退回审查',
              en: 'Send back to review',
            },
            roles: [
              'signer',
            ],
            form: 'sendBack',
            effects: [
              {
                notify: {
                  roles: [
                    'info-office',
                  ],
                  message: {
                    'zh-CN': '签发人退回社情民意信息，请重新审查',
                    en: 'The signer sent the report back: review it again',
                  },
                },
              },
            ],
          },
        },
      },
      sending: {
        title: {
          'zh-CN': '报送上级',
          en: 'Send upward',
        },
        deadline: {
          within: '2WD',
        },
        on: {
          sendUpward: {
            to: 'followUp',
            title: {
              'zh-CN': '报送上级',
              en: 'Send upward',
            },
            roles: [
              'info-office',
            ],
            form: 'sendUpward',
            set: {
              '/sentTo': 'payload.sentTo',
              '/issue': 'coalesce(payload.issue, \'\')',
              '/adoptedUpstream': 'coalesce(data.adoptedUpstream, [])',
              '/mediaUse': 'coalesce(data.mediaUse, [])',
              '/instructions': 'coalesce(data.instructions, [])',
            },
            effects: [
              {
                notify: {
                  roles: [
                    'submitter',
                  ],
                  message: {
                    'zh-CN': '您报送的社情民意信息已签发报送',
                    en: 'Your report was signed off and sent on',
                  },
                },
              },
            ],
          },
        },
      },
      urgentTrack: {
        title: {
          'zh-CN': '急事急报：加急审查签发',
          en: 'Urgent: fast review and sign-off',
        },
        description: {
          'zh-CN': '审查、签发和报送上级合并在一个工作日内完成（期限为本委的选择）；逾期通知信息工作部门和签发人。审查人认为不属急事的，可改按一般信息办理。',
          en: 'Review, sign-off and sending together within one working day (the committee\'s choice); when it runs out the office and the signer are told. A reviewer who finds the matter not urgent moves it to the ordinary track.',
        },
        deadline: {
          within: '1WD',
          onExpire: {
            effects: [
              {
                notify: {
                  roles: [
                    'info-office',
                    'signer',
                  ],
                  message: {
                    'zh-CN': '急事急报信息已超过一个工作日仍未报送',
                    en: 'An urgent report is still not sent on after one working day',
                  },
                },
              },
            ],
          },
        },
        initial: 'urgentReview',
        states: {
          urgentReview: {
            title: {
              'zh-CN': '加急审查',
              en: 'Urgent review',
            },
            on: {
              adopt: {
                to: 'urgentSigning',
                title: {
                  'zh-CN': '采用',
                  en: 'Adopt',
                },
                description: {
                  'zh-CN': '回避：报送人不能审查自己的信息',
                  en: 'Nobody reviews their own report',
                },
                roles: [
                  'info-office',
                ],
                form: 'adopt',
                when: 'actor.id != data.submitter',
                set: {
                  '/adopted': 'true',
                  '/reviewedBy': 'actor.id',
                  '/title': 'coalesce(payload.editedTitle, data.title)',
                },
                effects: [
                  {
                    notify: {
                      roles: [
                        'signer',
                      ],
                      message: {
                        'zh-CN': '社情民意信息已审查采用，请签发',
                        en: 'A report was adopted: please sign it off',
                      },
                    },
                  },
                ],
              },
              notAdopt: {
                to: 'notAdopted',
                title: {
                  'zh-CN': '不采用',
                  en: 'Do not adopt',
                },
                roles: [
                  'info-office',
                ],
                form: 'notAdopt',
                when: 'actor.id != data.submitter',
                set: {
                  '/adopted': 'false',
                  '/notAdoptedReason': 'payload.reason',
                },
                effects: [
                  {
                    notify: {
                      roles: [
                        'submitter',
                      ],
                      message: {
                        'zh-CN': '您报送的社情民意信息未被采用，请查看理由',
                        en: 'Your report was not adopted; see the reason',
                      },
                    },
                  },
                ],
              },
              returnForRevision: {
                to: 'drafting',
                title: {
                  'zh-CN': '退回修改',
                  en: 'Return for revision',
                },
                roles: [
                  'info-office',
                ],
                form: 'returnForRevision',
                when: 'actor.id != data.submitter',
                set: {
                  '/returnReason': 'payload.reason',
                  '/returnCount': 'coalesce(data.returnCount, 0) + 1',
                },
                effects: [
                  {
                    notify: {
                      roles: [
                        'submitter',
                      ],
                      message: {
                        'zh-CN': '您报送的社情民意信息被退回修改，请查看意见',
                        en: 'Your report was returned for revision; see why',
                      },
                    },
                  },
                ],
              },
              downgrade: {
                to: 'reviewing',
                title: {
                  'zh-CN': '改按一般信息办理',
                  en: 'Treat as not urgent',
                },
                roles: [
                  'info-office',
                ],
                form: 'downgrade',
                when: 'actor.id != data.submitter',
                set: {
                  '/urgent': 'false',
                  '/downgradeReason': 'payload.reason',
                },
                effects: [
                  {
                    notify: {
                      roles: [
                        'submitter',
                      ],
                      message: {
                        'zh-CN': '您的信息改按一般信息办理',
                        en: 'Your report goes on the ordinary track',
                      },
                    },
                  },
                ],
              },
            },
          },
          urgentSigning: {
            title: {
              'zh-CN': '加急签发',
              en: 'Urgent sign-off',
            },
            on: {
              sign: {
                to: 'urgentSending',
                title: {
                  'zh-CN': '签发',
                  en: 'Sign off',
                },
                description: {
                  'zh-CN': '审签分离：审查采用的人不能签发同一篇信息；报送人不能签发自己的信息',
                  en: 'Review and sign-off are kept apart: whoever adopted the report cannot sign it off, and nobody signs off their own report',
                },
                roles: [
                  'signer',
                ],
                when: 'actor.id != data.reviewedBy && actor.id != data.submitter',
                set: {
                  '/signedBy': 'actor.id',
                },
                effects: [
                  {
                    notify: {
                      roles: [
                        'info-office',
                      ],
                      message: {
                        'zh-CN': '社情民意信息已签发，请报送上级',
                        en: 'The report is signed off: send it on',
                      },
                    },
                  },
                ],
              },
              sendBack: {
                to: 'urgentReview',
                title: {
                  'zh-CN': '退回审查',
                  en: 'Send back to review',
                },
                roles: [
                  'signer',
                ],
                form: 'sendBack',
                effects: [
                  {
                    notify: {
                      roles: [
                        'info-office',
                      ],
                      message: {
                        'zh-CN': '签发人退回社情民意信息，请重新审查',
                        en: 'The signer sent the report back: review it again',
                      },
                    },
                  },
                ],
              },
            },
          },
          urgentSending: {
            title: {
              'zh-CN': '加急报送',
              en: 'Urgent sending',
            },
            on: {
              sendUpward: {
                to: 'followUp',
                title: {
                  'zh-CN': '报送上级',
                  en: 'Send upward',
                },
                roles: [
                  'info-office',
                ],
                form: 'sendUpward',
                set: {
                  '/sentTo': 'payload.sentTo',
                  '/issue': 'coalesce(payload.issue, \'\')',
                  '/adoptedUpstream': 'coalesce(data.adoptedUpstream, [])',
                  '/mediaUse': 'coalesce(data.mediaUse, [])',
                  '/instructions': 'coalesce(data.instructions, [])',
                },
                effects: [
                  {
                    notify: {
                      roles: [
                        'submitter',
                      ],
                      message: {
                        'zh-CN': '您报送的社情民意信息已签发报送',
                        en: 'Your report was signed off and sent on',
                      },
                    },
                  },
                ],
              },
            },
          },
        },
      },
      followUp: {
        title: {
          'zh-CN': '报送上级后跟踪',
          en: 'After sending: follow-up',
        },
        description: {
          'zh-CN': '签发报送后，随时记录上级采用和媒体刊用（计分依据）；领导批示的征集期一个月（期限为本委的选择），期满无批示即反馈报送人。',
          en: 'Once the report is sent, adoption upstream and use by the media (what scoring counts) may be recorded at any time; leaders\' instructions are awaited for a month (the committee\'s choice), after which the submitter gets feedback without one.',
        },
        initial: 'awaitingInstruction',
        on: {
          recordAdoption: {
            title: {
              'zh-CN': '记录上级采用',
              en: 'Record adoption upstream',
            },
            roles: [
              'info-office',
            ],
            form: 'recordAdoption',
            optional: true,
            set: {
              '/adoptedUpstream/-': 'payload',
            },
          },
          recordMedia: {
            title: {
              'zh-CN': '记录媒体刊用',
              en: 'Record use by the media',
            },
            roles: [
              'info-office',
            ],
            form: 'recordMedia',
            optional: true,
            set: {
              '/mediaUse/-': 'payload',
            },
          },
        },
        states: {
          awaitingInstruction: {
            title: {
              'zh-CN': '领导批示',
              en: 'Leader instructions',
            },
            deadline: {
              within: 'P1M',
              onExpire: {
                to: 'feedbackDue',
                effects: [
                  {
                    notify: {
                      roles: [
                        'info-office',
                      ],
                      message: {
                        'zh-CN': '一个月内未收到领导批示，请向报送人反馈',
                        en: 'No instruction within a month: feed back to the submitter',
                      },
                    },
                  },
                ],
              },
            },
            on: {
              recordInstruction: {
                to: 'implementing',
                title: {
                  'zh-CN': '记录领导批示',
                  en: 'Record the instruction',
                },
                roles: [
                  'info-office',
                ],
                form: 'recordInstruction',
                set: {
                  '/instructions/-': 'payload',
                },
                effects: [
                  {
                    notify: {
                      roles: [
                        'submitter',
                      ],
                      message: {
                        'zh-CN': '您报送的社情民意信息获得领导批示',
                        en: 'A leader gave an instruction on your report',
                      },
                    },
                  },
                ],
              },
            },
          },
          implementing: {
            title: {
              'zh-CN': '办理落实',
              en: 'Follow-through',
            },
            on: {
              recordInstruction: {
                title: {
                  'zh-CN': '记录领导批示',
                  en: 'Record the instruction',
                },
                roles: [
                  'info-office',
                ],
                form: 'recordInstruction',
                optional: true,
                set: {
                  '/instructions/-': 'payload',
                },
              },
              recordImplementation: {
                to: 'feedbackDue',
                title: {
                  'zh-CN': '记录办理落实情况',
                  en: 'Record the follow-through',
                },
                roles: [
                  'info-office',
                ],
                form: 'recordImplementation',
                set: {
                  '/implementation': 'payload.outcome',
                },
              },
            },
          },
          feedbackDue: {
            title: {
              'zh-CN': '反馈',
              en: 'Feedback',
            },
            on: {
              sendFeedback: {
                to: 'done',
                title: {
                  'zh-CN': '反馈报送人',
                  en: 'Feed back to the submitter',
                },
                roles: [
                  'info-office',
                ],
                form: 'feedback',
                set: {
                  '/feedback': 'payload.feedback',
                },
                effects: [
                  {
                    notify: {
                      roles: [
                        'submitter',
                      ],
                      message: {
                        'zh-CN': '社情民意信息办理情况反馈',
                        en: 'Feedback on your report',
                      },
                    },
                  },
                ],
              },
            },
          },
        },
      },
      notAdopted: {
        title: {
          'zh-CN': '未采用',
          en: 'Not adopted',
        },
        type: 'final',
      },
      done: {
        title: {
          'zh-CN': '办结',
          en: 'Closed',
        },
        type: 'final',
      },
    },
  } satisfies WorkflowDefinition) as BasePublicOpinionDefinition,
} as const;
