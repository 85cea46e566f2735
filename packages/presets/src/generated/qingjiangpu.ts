/* Generated from the qingjiangpu preset by scripts/build-presets.ts. Do not edit by hand. */
import type { BuiltinPayloads, TypedDefinition } from '@luzhi/engine';
import definition0 from './json/qingjiangpu/consultation.json' with { type: 'json' };
import definition1 from './json/qingjiangpu/joint-supervision.json' with { type: 'json' };
import definition2 from './json/qingjiangpu/public-opinion.json' with { type: 'json' };

/**
 * “有事好商量”协商议事（清江浦：全年重点协商议题） · 有事好商量 consultations (Qingjiangpu: the year's key topics): the instance data (实例数据).
 */
export interface QingjiangpuConsultationData {
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
  keyTopic?: boolean;
  keyPlanYear?: number;
  keyPlanNumber?: number;
  keyFocus?: '党委政府工作要点' | '群众关心热点' | '社会治理难点';
  committeeReport?: {
    date: string;
    summary: string;
    [k: string]: unknown;
  };
  committeeReportedBy?: string;
  [k: string]: unknown;
}

/**
 * Form "committeeReport" (表单): 向区委报告协商成果 · Report the results to the district party committee.
 */
export interface QingjiangpuConsultationCommitteeReportPayload {
  /**
   * 报告日期
   */
  date: string;
  /**
   * 报告内容（协商成果及落实情况）
   */
  summary: string;
}

/**
 * Form "completion" (表单): 落实情况 · What was done.
 */
export interface QingjiangpuConsultationCompletionPayload {
  /**
   * 落实情况
   */
  outcome: string;
}

/**
 * Form "convener" (表单): 确定召集人 · Name the convener.
 */
export interface QingjiangpuConsultationConvenerPayload {
  /**
   * 召集人（政协方面，用户标识）
   */
  convener: string;
}

/**
 * Form "declineTopic" (表单): 不予受理荐题 · Decline the topic.
 */
export interface QingjiangpuConsultationDeclineTopicPayload {
  /**
   * 不予受理的理由
   */
  reason: string;
}

/**
 * Form "dropTopic" (表单): 不予立题 · Do not fix the topic.
 */
export interface QingjiangpuConsultationDropTopicPayload {
  /**
   * 不予立题的理由
   */
  reason: string;
}

/**
 * Form "evaluate" (表单): 评价协商成效 · Evaluate the outcome.
 */
export interface QingjiangpuConsultationEvaluatePayload {
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
export interface QingjiangpuConsultationFeedbackPayload {
  /**
   * 反馈内容
   */
  feedback: string;
}

/**
 * Form "keyTopic" (表单): 受理为全年重点协商议题并确定召集人 · Take it in as one of the year's key topics and name the convener.
 */
export interface QingjiangpuConsultationKeyTopicPayload {
  /**
   * 召集人（政协方面，用户标识）
   */
  convener: string;
  /**
   * 年份
   */
  planYear: number;
  /**
   * 全年重点协商议题序号（1–12）
   */
  planNumber: number;
  /**
   * 着眼点
   */
  focus: '党委政府工作要点' | '群众关心热点' | '社会治理难点';
}

/**
 * Form "meeting" (表单): 线下协商记录 · Record of the meeting.
 */
export interface QingjiangpuConsultationMeetingPayload {
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
export interface QingjiangpuConsultationOpinionPayload {
  /**
   * 意见建议
   */
  opinion: string;
}

/**
 * Form "plan" (表单): 立题方案 · Topic plan.
 */
export interface QingjiangpuConsultationPlanPayload {
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
export interface QingjiangpuConsultationPublicOpinionPayload {
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
export interface QingjiangpuConsultationRecommendPayload {
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
export interface QingjiangpuConsultationResearchPayload {
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
export interface QingjiangpuConsultationResultsPayload {
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
export interface QingjiangpuConsultationReturnToUnitPayload {
  /**
   * 退回理由
   */
  reason: string;
}

/**
 * Form "toProposal" (表单): 协商成果转为提案 · Turn a result into a proposal.
 */
export interface QingjiangpuConsultationToProposalPayload {
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
 * “有事好商量”协商议事（清江浦：全年重点协商议题） · 有事好商量 consultations (Qingjiangpu: the year's key topics): each action (动作) with the payload its form takes; undefined for an action without a form.
 */
export interface QingjiangpuConsultationCommands {
  recommend: QingjiangpuConsultationRecommendPayload;
  acceptTopic: QingjiangpuConsultationConvenerPayload;
  declineTopic: QingjiangpuConsultationDeclineTopicPayload;
  acceptKeyTopic: QingjiangpuConsultationKeyTopicPayload;
  draftPlan: QingjiangpuConsultationPlanPayload;
  dropTopic: QingjiangpuConsultationDropTopicPayload;
  finishResearch: QingjiangpuConsultationResearchPayload;
  recordMeeting: QingjiangpuConsultationMeetingPayload;
  giveOpinion: QingjiangpuConsultationOpinionPayload;
  recordOpinion: QingjiangpuConsultationPublicOpinionPayload;
  issueResults: QingjiangpuConsultationResultsPayload;
  urge: undefined;
  toProposal: QingjiangpuConsultationToProposalPayload;
  reportCompletion: QingjiangpuConsultationCompletionPayload;
  acceptCompletion: undefined;
  returnToUnit: QingjiangpuConsultationReturnToUnitPayload;
  sendFeedback: QingjiangpuConsultationFeedbackPayload;
  evaluate: QingjiangpuConsultationEvaluatePayload;
  archive: undefined;
  reportToCommittee: QingjiangpuConsultationCommitteeReportPayload;
  extendDeadline: BuiltinPayloads['extendDeadline'];
  addBranch: BuiltinPayloads['addBranch'];
  removeBranch: BuiltinPayloads['removeBranch'];
  transferRole: BuiltinPayloads['transferRole'];
}

/**
 * “有事好商量”协商议事（清江浦：全年重点协商议题） · 有事好商量 consultations (Qingjiangpu: the year's key topics) (consultation, version 2): its types, for typedEngine.
 */
export interface QingjiangpuConsultationWorkflow {
  id: 'consultation';
  data: QingjiangpuConsultationData;
  commands: QingjiangpuConsultationCommands;
}

/**
 * The definition of consultation, carrying its types.
 */
export type QingjiangpuConsultationDefinition = TypedDefinition<QingjiangpuConsultationWorkflow>;

/**
 * 协同监督：三清单一评议一报告 · Joint supervision: three lists, one review, one report: the instance data (实例数据).
 */
export interface QingjiangpuJointSupervisionData {
  topic?: string;
  topicClass?: '营商环境' | '小区物业' | '其他';
  groupHead?: string;
  groupDeputy?: string;
  issues?: {
    title: string;
    detail: string;
  }[];
  units?: string[];
  entries?: {
    unit: string;
    issue: string;
    responsibility: string;
    recommendation: string;
  }[];
  listReturns?: number;
  listReturnReason?: string;
  rectifiedUnits?: string[];
  rectificationReports?: string[];
  rectificationReturns?: number;
  satisfaction?: '满意' | '基本满意' | '不满意';
  reviewParticipants?: number;
  reviewRound?: number;
  reviewNote?: string;
  report?: string;
  reportReturns?: number;
  reportedAt?: string;
  jointMeetingDates?: string[];
  jointMeetingMinutes?: string[];
  [k: string]: unknown;
}

/**
 * Form "issues" (表单): 问题清单 · The issue list.
 */
export interface QingjiangpuJointSupervisionIssuesPayload {
  /**
   * 问题清单（逐项：问题、具体情况）
   */
  issues: {
    title: string;
    detail: string;
  }[];
}

/**
 * Form "launch" (表单): 启动协同监督 · Launch joint supervision.
 */
export interface QingjiangpuJointSupervisionLaunchPayload {
  /**
   * 监督议题
   */
  topic: string;
  /**
   * 议题类别
   */
  topicClass: '营商环境' | '小区物业' | '其他';
  /**
   * 领导小组组长（政协主席，用户标识）
   */
  groupHead: string;
  /**
   * 领导小组副组长（纪委书记，用户标识）
   */
  groupDeputy: string;
}

/**
 * Form "meeting" (表单): 记录联席会议 · Record a joint meeting.
 */
export interface QingjiangpuJointSupervisionMeetingPayload {
  /**
   * 会议日期
   */
  date: string;
  /**
   * 会议纪要
   */
  minutes: string;
}

/**
 * Form "reason" (表单): 说明理由 · Give a reason.
 */
export interface QingjiangpuJointSupervisionReasonPayload {
  /**
   * 理由
   */
  reason: string;
}

/**
 * Form "rectification" (表单): 报告整改情况 · Report the fixes.
 */
export interface QingjiangpuJointSupervisionRectificationPayload {
  /**
   * 整改措施与成效
   */
  measures: string;
}

/**
 * Form "report" (表单): 监督报告 · Supervision report.
 */
export interface QingjiangpuJointSupervisionReportPayload {
  /**
   * 监督报告正文
   */
  report: string;
}

/**
 * Form "responsibilities" (表单): 责任清单与建议清单 · The responsibility and recommendation lists.
 */
export interface QingjiangpuJointSupervisionResponsibilitiesPayload {
  /**
   * 责任单位
   */
  units: string[];
  /**
   * 逐项：责任单位、对应问题、责任、整改建议
   */
  entries: {
    unit: string;
    issue: string;
    responsibility: string;
    recommendation: string;
  }[];
}

/**
 * Form "review" (表单): 满意度评议结果 · Result of the satisfaction review.
 */
export interface QingjiangpuJointSupervisionReviewPayload {
  /**
   * 评议结果
   */
  satisfaction: '满意' | '基本满意' | '不满意';
  /**
   * 参加评议人数
   */
  participants: number;
  /**
   * 说明
   */
  note?: string;
}

/**
 * 协同监督：三清单一评议一报告 · Joint supervision: three lists, one review, one report: each action (动作) with the payload its form takes; undefined for an action without a form.
 */
export interface QingjiangpuJointSupervisionCommands {
  launch: QingjiangpuJointSupervisionLaunchPayload;
  fixIssues: QingjiangpuJointSupervisionIssuesPayload;
  fixResponsibilities: QingjiangpuJointSupervisionResponsibilitiesPayload;
  returnLists: QingjiangpuJointSupervisionReasonPayload;
  countersignLists: undefined;
  approveLists: undefined;
  reportRectification: QingjiangpuJointSupervisionRectificationPayload;
  acceptRectification: undefined;
  returnRectification: QingjiangpuJointSupervisionReasonPayload;
  recordReview: QingjiangpuJointSupervisionReviewPayload;
  draftReport: QingjiangpuJointSupervisionReportPayload;
  signReport: undefined;
  returnReport: QingjiangpuJointSupervisionReasonPayload;
  recordJointMeeting: QingjiangpuJointSupervisionMeetingPayload;
  transferRole: BuiltinPayloads['transferRole'];
}

/**
 * 协同监督：三清单一评议一报告 · Joint supervision: three lists, one review, one report (joint-supervision, version 1): its types, for typedEngine.
 */
export interface QingjiangpuJointSupervisionWorkflow {
  id: 'joint-supervision';
  data: QingjiangpuJointSupervisionData;
  commands: QingjiangpuJointSupervisionCommands;
}

/**
 * The definition of joint-supervision, carrying its types.
 */
export type QingjiangpuJointSupervisionDefinition = TypedDefinition<QingjiangpuJointSupervisionWorkflow>;

/**
 * 社情民意信息（清江浦：《清江浦社情民意专报》） · Public-opinion reports (Qingjiangpu: the 清江浦社情民意专报 bulletin): the instance data (实例数据).
 */
export interface QingjiangpuPublicOpinionData {
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
  sentTo?: ('区委' | '区政府' | '上级政协')[];
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
    body?: '区委' | '区政府' | '市级' | '省级' | '全国';
    [k: string]: unknown;
  }[];
  implementation?: string;
  feedback?: string;
  channel?: '委员履职调研' | '社情民意信息联系点' | '“码”上议' | '界别群众' | '其他';
  bulletinYear?: number;
  bulletinIssue?: number;
  points?: number;
  scoring?: {
    adoption?: number;
    bulletin?: number;
    instructions?: number;
    upstream?: number;
    media?: number;
  };
  [k: string]: unknown;
}

/**
 * Form "adopt" (表单): 采用 · Adopt.
 */
export interface QingjiangpuPublicOpinionAdoptPayload {
  /**
   * 编辑后的标题（可不填）
   */
  editedTitle?: string;
}

/**
 * Form "compileBulletin" (表单): 编入《清江浦社情民意专报》 · Compile into the 清江浦社情民意专报.
 */
export interface QingjiangpuPublicOpinionCompileBulletinPayload {
  /**
   * 专报年份
   */
  bulletinYear: number;
  /**
   * 专报期号（当年第几期，1–100）
   */
  bulletinIssue: number;
  /**
   * 同时抄报（可不填）
   */
  alsoTo?: ('区政府' | '上级政协')[];
}

/**
 * Form "downgrade" (表单): 改按一般信息办理 · Treat as not urgent.
 */
export interface QingjiangpuPublicOpinionDowngradePayload {
  /**
   * 不按急事急报办理的理由
   */
  reason: string;
}

/**
 * Form "feedback" (表单): 反馈报送人 · Feedback to the submitter.
 */
export interface QingjiangpuPublicOpinionFeedbackPayload {
  /**
   * 反馈内容（采用、批示、办理落实情况）
   */
  feedback: string;
}

/**
 * Form "notAdopt" (表单): 不采用 · Do not adopt.
 */
export interface QingjiangpuPublicOpinionNotAdoptPayload {
  /**
   * 不采用的理由
   */
  reason: string;
}

/**
 * Form "recordAdoption" (表单): 记录上级采用 · Record adoption upstream.
 */
export interface QingjiangpuPublicOpinionRecordAdoptionPayload {
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
export interface QingjiangpuPublicOpinionRecordImplementationPayload {
  /**
   * 办理落实情况
   */
  outcome: string;
}

/**
 * Form "recordInstruction" (表单): 记录领导批示 · Record a leader's instruction.
 */
export interface QingjiangpuPublicOpinionRecordInstructionPayload {
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
  /**
   * 批示机关（区委、区政府、市级、省级、全国）
   */
  body: '区委' | '区政府' | '市级' | '省级' | '全国';
}

/**
 * Form "recordMedia" (表单): 记录媒体刊用 · Record use by the media.
 */
export interface QingjiangpuPublicOpinionRecordMediaPayload {
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
export interface QingjiangpuPublicOpinionReturnForRevisionPayload {
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
export interface QingjiangpuPublicOpinionSendBackPayload {
  /**
   * 退回理由
   */
  reason: string;
}

/**
 * Form "sendUpward" (表单): 报送区政府或上级政协 · Send to the district government or the higher CPPCC.
 */
export interface QingjiangpuPublicOpinionSendUpwardPayload {
  /**
   * 报送对象（报区委的编入专报）
   */
  sentTo: ('区政府' | '上级政协')[];
  /**
   * 刊发期号（可不填）
   */
  issue?: string;
}

/**
 * Form "submit" (表单): 报送社情民意信息 · Submit the report.
 */
export interface QingjiangpuPublicOpinionSubmitPayload {
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
  /**
   * 信息渠道（可不填）
   */
  channel?: '委员履职调研' | '社情民意信息联系点' | '“码”上议' | '界别群众' | '其他';
}

/**
 * 社情民意信息（清江浦：《清江浦社情民意专报》） · Public-opinion reports (Qingjiangpu: the 清江浦社情民意专报 bulletin): each action (动作) with the payload its form takes; undefined for an action without a form.
 */
export interface QingjiangpuPublicOpinionCommands {
  submit: QingjiangpuPublicOpinionSubmitPayload;
  adopt: QingjiangpuPublicOpinionAdoptPayload;
  notAdopt: QingjiangpuPublicOpinionNotAdoptPayload;
  returnForRevision: QingjiangpuPublicOpinionReturnForRevisionPayload;
  sign: undefined;
  sendBack: QingjiangpuPublicOpinionSendBackPayload;
  sendUpward: QingjiangpuPublicOpinionSendUpwardPayload;
  compileBulletin: QingjiangpuPublicOpinionCompileBulletinPayload;
  downgrade: QingjiangpuPublicOpinionDowngradePayload;
  recordAdoption: QingjiangpuPublicOpinionRecordAdoptionPayload;
  recordMedia: QingjiangpuPublicOpinionRecordMediaPayload;
  recordInstruction: QingjiangpuPublicOpinionRecordInstructionPayload;
  recordImplementation: QingjiangpuPublicOpinionRecordImplementationPayload;
  sendFeedback: QingjiangpuPublicOpinionFeedbackPayload;
  transferRole: BuiltinPayloads['transferRole'];
}

/**
 * 社情民意信息（清江浦：《清江浦社情民意专报》） · Public-opinion reports (Qingjiangpu: the 清江浦社情民意专报 bulletin) (public-opinion, version 2): its types, for typedEngine.
 */
export interface QingjiangpuPublicOpinionWorkflow {
  id: 'public-opinion';
  data: QingjiangpuPublicOpinionData;
  commands: QingjiangpuPublicOpinionCommands;
}

/**
 * The definition of public-opinion, carrying its types.
 */
export type QingjiangpuPublicOpinionDefinition = TypedDefinition<QingjiangpuPublicOpinionWorkflow>;

/**
 * The definitions, by id, each typed with its types.
 */
export const qingjiangpu = {
  consultation: definition0 as unknown as QingjiangpuConsultationDefinition,
  'joint-supervision': definition1 as unknown as QingjiangpuJointSupervisionDefinition,
  'public-opinion': definition2 as unknown as QingjiangpuPublicOpinionDefinition,
} as const;
