/* Generated from the base preset by scripts/build-presets.ts. Do not edit by hand. */
import type { BuiltinPayloads, TypedDefinition } from '@luzhi/engine';
import definition0 from './json/base/consultation.json' with { type: 'json' };
import definition1 from './json/base/democratic-review.json' with { type: 'json' };
import definition2 from './json/base/proposal.json' with { type: 'json' };
import definition3 from './json/base/public-opinion.json' with { type: 'json' };

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
 * Form "convener" (表单): 确定召集人 · Name the convener.
 */
export interface BaseConsultationConvenerPayload {
  /**
   * 召集人（政协方面，用户标识）
   */
  convener: string;
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
  acceptTopic: BaseConsultationConvenerPayload;
  declineTopic: BaseConsultationDeclineTopicPayload;
  draftPlan: BaseConsultationPlanPayload;
  dropTopic: BaseConsultationDropTopicPayload;
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
  consultation: definition0 as unknown as BaseConsultationDefinition,
  'democratic-review': definition1 as unknown as BaseDemocraticReviewDefinition,
  proposal: definition2 as unknown as BaseProposalDefinition,
  'public-opinion': definition3 as unknown as BasePublicOpinionDefinition,
} as const;
