/* Generated from the tongguan preset by scripts/build-presets.ts. Do not edit by hand. */
import type { BuiltinPayloads, TypedDefinition } from '@luzhi/engine';
import definition0 from './json/tongguan/annual-plan.json' with { type: 'json' };
import definition1 from './json/tongguan/consultation.json' with { type: 'json' };
import definition2 from './json/tongguan/duty-report.json' with { type: 'json' };

/**
 * 年度重点民主协商计划（重大事项请示报告） · Annual plan of key consultations (a major matter requested of the district party committee): the instance data (实例数据).
 */
export interface TongguanAnnualPlanData {
  year?: number;
  basis?: string;
  topics?: {
    title: string;
    pointClass: '党委政府关注点' | '部门工作堵点' | '人民群众期盼点' | '社会治理难点';
    month: number;
    aims?: string;
  }[];
  draftedBy?: string;
  councilDate?: string;
  councilNote?: string;
  councilReturns?: string[];
  requestNo?: string;
  requestSentOn?: string;
  approvedOn?: string;
  approvedAt?: '区委常委会议' | '四大班子月度工作例会' | '书面批复';
  approvalComments?: string;
  committeeReturns?: string[];
  issueNo?: string;
  issuedOn?: string;
  launched?: number[];
  reportedAt?: '区委常委会议' | '四大班子月度工作例会';
  reportedOn?: string;
  reportSummary?: string;
}

/**
 * Form "approve" (表单): 区委审定同意 · The party committee approves.
 */
export interface TongguanAnnualPlanApprovePayload {
  /**
   * 审定日期
   */
  approvedOn: string;
  /**
   * 审定方式
   */
  approvedAt: '区委常委会议' | '四大班子月度工作例会' | '书面批复';
  /**
   * 审定意见（可不填）
   */
  comments?: string;
}

/**
 * Form "councilAgree" (表单): 主席会议同意报送 · The chair's council agrees.
 */
export interface TongguanAnnualPlanCouncilAgreePayload {
  /**
   * 主席会议日期
   */
  meetingDate: string;
  /**
   * 会议意见（可不填）
   */
  note?: string;
}

/**
 * Form "councilReturn" (表单): 主席会议提出修改意见 · The chair's council asks for changes.
 */
export interface TongguanAnnualPlanCouncilReturnPayload {
  /**
   * 主席会议日期
   */
  meetingDate: string;
  /**
   * 修改意见
   */
  comments: string;
}

/**
 * Form "issue" (表单): 印发计划 · Issue the plan.
 */
export interface TongguanAnnualPlanIssuePayload {
  /**
   * 印发文号
   */
  issueNo: string;
  /**
   * 印发日期
   */
  issuedOn: string;
}

/**
 * Form "launch" (表单): 启动计划议题的协商议事 · Start a planned topic's consultation.
 */
export interface TongguanAnnualPlanLaunchPayload {
  /**
   * 议题序号
   */
  index: number;
}

/**
 * Form "plan" (表单): 年度重点民主协商计划 · The annual plan of key consultations.
 */
export interface TongguanAnnualPlanPlanPayload {
  /**
   * 年度
   */
  year: number;
  /**
   * 选题依据（围绕区委、区政府中心工作）
   */
  basis: string;
  /**
   * 协商议题（每项写明选题依据和计划月份，1–30 项）
   */
  topics: {
    /**
     * 协商议题
     */
    title: string;
    /**
     * 选题依据（四个点）
     */
    pointClass: '党委政府关注点' | '部门工作堵点' | '人民群众期盼点' | '社会治理难点';
    /**
     * 计划月份
     */
    month: number;
    /**
     * 协商目标与说明（可不填）
     */
    aims?: string;
  }[];
}

/**
 * Form "report" (表单): 向区委专题汇报 · Report to the district party committee.
 */
export interface TongguanAnnualPlanReportPayload {
  /**
   * 汇报平台
   */
  reportedAt: '区委常委会议' | '四大班子月度工作例会';
  /**
   * 汇报日期
   */
  reportedOn: string;
  /**
   * 计划实施情况
   */
  summary: string;
}

/**
 * Form "request" (表单): 报送请示 · Send the request.
 */
export interface TongguanAnnualPlanRequestPayload {
  /**
   * 请示文号
   */
  requestNo: string;
  /**
   * 报送日期
   */
  sentOn: string;
}

/**
 * Form "returnPlan" (表单): 区委提出意见退回 · The party committee returns it with comments.
 */
export interface TongguanAnnualPlanReturnPlanPayload {
  /**
   * 修改意见
   */
  comments: string;
}

/**
 * 年度重点民主协商计划（重大事项请示报告） · Annual plan of key consultations (a major matter requested of the district party committee): each action (动作) with the payload its form takes; undefined for an action without a form.
 */
export interface TongguanAnnualPlanCommands {
  submitDraft: TongguanAnnualPlanPlanPayload;
  councilAgree: TongguanAnnualPlanCouncilAgreePayload;
  councilReturn: TongguanAnnualPlanCouncilReturnPayload;
  sendRequest: TongguanAnnualPlanRequestPayload;
  approve: TongguanAnnualPlanApprovePayload;
  returnPlan: TongguanAnnualPlanReturnPlanPayload;
  issuePlan: TongguanAnnualPlanIssuePayload;
  launchTopic: TongguanAnnualPlanLaunchPayload;
  reportToCommittee: TongguanAnnualPlanReportPayload;
}

/**
 * 年度重点民主协商计划（重大事项请示报告） · Annual plan of key consultations (a major matter requested of the district party committee) (annual-plan, version 1): its types, for typedEngine.
 */
export interface TongguanAnnualPlanWorkflow {
  id: 'annual-plan';
  data: TongguanAnnualPlanData;
  commands: TongguanAnnualPlanCommands;
}

/**
 * The definition of annual-plan, carrying its types.
 */
export type TongguanAnnualPlanDefinition = TypedDefinition<TongguanAnnualPlanWorkflow>;

/**
 * “同您协商、议关键事”协商议事（铜官） · 同您协商、议关键事 — consulting with you on what matters (Tongguan): the instance data (实例数据).
 */
export interface TongguanConsultationData {
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
  pointClass?: '党委政府关注点' | '部门工作堵点' | '人民群众期盼点' | '社会治理难点';
  pointClassProposed?: '党委政府关注点' | '部门工作堵点' | '人民群众期盼点' | '社会治理难点';
  pointClassCorrected?: boolean;
  pointClassNote?: string;
  annualPlan?: string;
  planYear?: number;
  plannedMonth?: number;
  [k: string]: unknown;
}

/**
 * Form "completion" (表单): 落实情况 · What was done.
 */
export interface TongguanConsultationCompletionPayload {
  /**
   * 落实情况
   */
  outcome: string;
}

/**
 * Form "convener" (表单): 受理：确认选题依据、确定召集人 · Take it in: confirm the point, name the convener.
 */
export interface TongguanConsultationConvenerPayload {
  /**
   * 召集人（政协方面，用户标识）
   */
  convener: string;
  /**
   * 选题依据（确认或更正）
   */
  pointClass: '党委政府关注点' | '部门工作堵点' | '人民群众期盼点' | '社会治理难点';
  /**
   * 确认或更正的说明（更正选题依据时必填）
   */
  pointClassNote?: string;
}

/**
 * Form "declineTopic" (表单): 不予受理荐题 · Decline the topic.
 */
export interface TongguanConsultationDeclineTopicPayload {
  /**
   * 不予受理的理由
   */
  reason: string;
}

/**
 * Form "dropTopic" (表单): 不予立题 · Do not fix the topic.
 */
export interface TongguanConsultationDropTopicPayload {
  /**
   * 不予立题的理由
   */
  reason: string;
}

/**
 * Form "evaluate" (表单): 评价协商成效 · Evaluate the outcome.
 */
export interface TongguanConsultationEvaluatePayload {
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
export interface TongguanConsultationFeedbackPayload {
  /**
   * 反馈内容
   */
  feedback: string;
}

/**
 * Form "meeting" (表单): 线下协商记录 · Record of the meeting.
 */
export interface TongguanConsultationMeetingPayload {
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
export interface TongguanConsultationOpinionPayload {
  /**
   * 意见建议
   */
  opinion: string;
}

/**
 * Form "plan" (表单): 立题方案 · Topic plan.
 */
export interface TongguanConsultationPlanPayload {
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
export interface TongguanConsultationPublicOpinionPayload {
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
 * Form "recommend" (表单): 荐题：同您协商、议关键事 · Propose a topic: 同您协商、议关键事.
 */
export interface TongguanConsultationRecommendPayload {
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
  /**
   * 选题依据（党委政府关注点、部门工作堵点、人民群众期盼点、社会治理难点）
   */
  pointClass: '党委政府关注点' | '部门工作堵点' | '人民群众期盼点' | '社会治理难点';
}

/**
 * Form "research" (表单): 调研情况与协商形式 · Research and the form of consultation.
 */
export interface TongguanConsultationResearchPayload {
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
export interface TongguanConsultationResultsPayload {
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
export interface TongguanConsultationReturnToUnitPayload {
  /**
   * 退回理由
   */
  reason: string;
}

/**
 * Form "toProposal" (表单): 协商成果转为提案 · Turn a result into a proposal.
 */
export interface TongguanConsultationToProposalPayload {
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
 * “同您协商、议关键事”协商议事（铜官） · 同您协商、议关键事 — consulting with you on what matters (Tongguan): each action (动作) with the payload its form takes; undefined for an action without a form.
 */
export interface TongguanConsultationCommands {
  recommend: TongguanConsultationRecommendPayload;
  acceptTopic: TongguanConsultationConvenerPayload;
  declineTopic: TongguanConsultationDeclineTopicPayload;
  draftPlan: TongguanConsultationPlanPayload;
  dropTopic: TongguanConsultationDropTopicPayload;
  finishResearch: TongguanConsultationResearchPayload;
  recordMeeting: TongguanConsultationMeetingPayload;
  giveOpinion: TongguanConsultationOpinionPayload;
  recordOpinion: TongguanConsultationPublicOpinionPayload;
  issueResults: TongguanConsultationResultsPayload;
  urge: undefined;
  toProposal: TongguanConsultationToProposalPayload;
  reportCompletion: TongguanConsultationCompletionPayload;
  acceptCompletion: undefined;
  returnToUnit: TongguanConsultationReturnToUnitPayload;
  sendFeedback: TongguanConsultationFeedbackPayload;
  evaluate: TongguanConsultationEvaluatePayload;
  archive: undefined;
  extendDeadline: BuiltinPayloads['extendDeadline'];
  addBranch: BuiltinPayloads['addBranch'];
  removeBranch: BuiltinPayloads['removeBranch'];
  transferRole: BuiltinPayloads['transferRole'];
}

/**
 * “同您协商、议关键事”协商议事（铜官） · 同您协商、议关键事 — consulting with you on what matters (Tongguan) (consultation, version 2): its types, for typedEngine.
 */
export interface TongguanConsultationWorkflow {
  id: 'consultation';
  data: TongguanConsultationData;
  commands: TongguanConsultationCommands;
}

/**
 * The definition of consultation, carrying its types.
 */
export type TongguanConsultationDefinition = TypedDefinition<TongguanConsultationWorkflow>;

/**
 * 政协常委年度履职报告 · Standing-committee members' annual duty reports: the instance data (实例数据).
 */
export interface TongguanDutyReportData {
  year: number;
  member?: string;
  dutySummary?: string;
  meetings?: number;
  proposals?: number;
  publicOpinion?: number;
  sectorLiaison?: string;
  nextYearPlan?: string;
  submittedAt?: string;
  late?: boolean;
  reminders?: number;
  returnCount?: number;
  returnReason?: string;
  reviewedBy?: string;
  reviewNote?: string;
  presentedAt?: string;
  presentedMeeting?: string;
  presentationMode?: '常委会会议上报告' | '书面印发常委会组成人员';
  [k: string]: unknown;
}

/**
 * Form "accept" (表单): 审核通过 · Accept.
 */
export interface TongguanDutyReportAcceptPayload {
  /**
   * 审核意见（可不填）
   */
  note?: string;
}

/**
 * Form "presentation" (表单): 记录向常委会报告 · Record the presentation.
 */
export interface TongguanDutyReportPresentationPayload {
  /**
   * 会议（如区政协常委会第几次会议）
   */
  meeting: string;
  /**
   * 日期
   */
  date: string;
  /**
   * 方式
   */
  mode: '常委会会议上报告' | '书面印发常委会组成人员';
}

/**
 * Form "report" (表单): 年度履职报告 · Annual duty report.
 */
export interface TongguanDutyReportReportPayload {
  /**
   * 年度履职情况
   */
  dutySummary: string;
  /**
   * 参加会议、视察、调研次数
   */
  meetings: number;
  /**
   * 提交提案件数
   */
  proposals: number;
  /**
   * 报送社情民意信息条数
   */
  publicOpinion: number;
  /**
   * 联系界别群众情况
   */
  sectorLiaison?: string;
  /**
   * 存在不足与下一年打算
   */
  nextYearPlan: string;
}

/**
 * Form "returnForCompletion" (表单): 退回补充 · Return for completion.
 */
export interface TongguanDutyReportReturnForCompletionPayload {
  /**
   * 需要补充的内容
   */
  reason: string;
}

/**
 * 政协常委年度履职报告 · Standing-committee members' annual duty reports: each action (动作) with the payload its form takes; undefined for an action without a form.
 */
export interface TongguanDutyReportCommands {
  submit: TongguanDutyReportReportPayload;
  remind: undefined;
  returnForCompletion: TongguanDutyReportReturnForCompletionPayload;
  accept: TongguanDutyReportAcceptPayload;
  resubmit: TongguanDutyReportReportPayload;
  recordPresentation: TongguanDutyReportPresentationPayload;
}

/**
 * 政协常委年度履职报告 · Standing-committee members' annual duty reports (duty-report, version 1): its types, for typedEngine.
 */
export interface TongguanDutyReportWorkflow {
  id: 'duty-report';
  data: TongguanDutyReportData;
  commands: TongguanDutyReportCommands;
}

/**
 * The definition of duty-report, carrying its types.
 */
export type TongguanDutyReportDefinition = TypedDefinition<TongguanDutyReportWorkflow>;

/**
 * The definitions, by id, each typed with its types.
 */
export const tongguan = {
  'annual-plan': definition0 as unknown as TongguanAnnualPlanDefinition,
  consultation: definition1 as unknown as TongguanConsultationDefinition,
  'duty-report': definition2 as unknown as TongguanDutyReportDefinition,
} as const;
