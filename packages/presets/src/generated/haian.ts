/* Generated from the haian preset by scripts/build-presets.ts. Do not edit by hand. */
import type { BuiltinPayloads, TypedDefinition } from '@luzhi/engine';
import definition0 from './json/haian/consultation.json' with { type: 'json' };
import definition1 from './json/haian/hotline-ticket.json' with { type: 'json' };
import definition2 from './json/haian/member-duties.json' with { type: 'json' };

/**
 * 有事好商量协商议事（海安：双召集人） · Consultation, 有事好商量 (Hai'an: two conveners): the instance data (实例数据).
 */
export interface HaianConsultationData {
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
  secondConvener?: string;
  department?: string;
  changeRequests?: string[];
  hotlineTicket?: string;
  ticketNo?: string;
  planDraftedBy?: string;
  [k: string]: unknown;
}

/**
 * Form "completion" (表单): 落实情况 · What was done.
 */
export interface HaianConsultationCompletionPayload {
  /**
   * 落实情况
   */
  outcome: string;
}

/**
 * Form "convener" (表单): 确定两位召集人 · Name the two conveners.
 */
export interface HaianConsultationConvenerPayload {
  /**
   * 第一召集人（政协方面，用户标识）
   */
  convener: string;
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
export interface HaianConsultationDeclineTopicPayload {
  /**
   * 不予受理的理由
   */
  reason: string;
}

/**
 * Form "dropTopic" (表单): 不予立题 · Do not fix the topic.
 */
export interface HaianConsultationDropTopicPayload {
  /**
   * 不予立题的理由
   */
  reason: string;
}

/**
 * Form "evaluate" (表单): 评价协商成效 · Evaluate the outcome.
 */
export interface HaianConsultationEvaluatePayload {
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
export interface HaianConsultationFeedbackPayload {
  /**
   * 反馈内容
   */
  feedback: string;
}

/**
 * Form "meeting" (表单): 线下协商记录 · Record of the meeting.
 */
export interface HaianConsultationMeetingPayload {
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
export interface HaianConsultationOpinionPayload {
  /**
   * 意见建议
   */
  opinion: string;
}

/**
 * Form "plan" (表单): 立题方案 · Topic plan.
 */
export interface HaianConsultationPlanPayload {
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
export interface HaianConsultationPublicOpinionPayload {
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
export interface HaianConsultationRecommendPayload {
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
export interface HaianConsultationRequestChangesPayload {
  /**
   * 修改意见
   */
  reason: string;
}

/**
 * Form "research" (表单): 调研情况与协商形式 · Research and the form of consultation.
 */
export interface HaianConsultationResearchPayload {
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
export interface HaianConsultationResultsPayload {
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
export interface HaianConsultationReturnToUnitPayload {
  /**
   * 退回理由
   */
  reason: string;
}

/**
 * Form "toProposal" (表单): 协商成果转为提案 · Turn a result into a proposal.
 */
export interface HaianConsultationToProposalPayload {
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
 * 有事好商量协商议事（海安：双召集人） · Consultation, 有事好商量 (Hai'an: two conveners): each action (动作) with the payload its form takes; undefined for an action without a form.
 */
export interface HaianConsultationCommands {
  recommend: HaianConsultationRecommendPayload;
  acceptTopic: HaianConsultationConvenerPayload;
  declineTopic: HaianConsultationDeclineTopicPayload;
  draftPlan: HaianConsultationPlanPayload;
  dropTopic: HaianConsultationDropTopicPayload;
  countersign: undefined;
  requestChanges: HaianConsultationRequestChangesPayload;
  finishResearch: HaianConsultationResearchPayload;
  recordMeeting: HaianConsultationMeetingPayload;
  giveOpinion: HaianConsultationOpinionPayload;
  recordOpinion: HaianConsultationPublicOpinionPayload;
  issueResults: HaianConsultationResultsPayload;
  urge: undefined;
  toProposal: HaianConsultationToProposalPayload;
  reportCompletion: HaianConsultationCompletionPayload;
  acceptCompletion: undefined;
  returnToUnit: HaianConsultationReturnToUnitPayload;
  sendFeedback: HaianConsultationFeedbackPayload;
  evaluate: HaianConsultationEvaluatePayload;
  archive: undefined;
  extendDeadline: BuiltinPayloads['extendDeadline'];
  addBranch: BuiltinPayloads['addBranch'];
  removeBranch: BuiltinPayloads['removeBranch'];
  transferRole: BuiltinPayloads['transferRole'];
}

/**
 * 有事好商量协商议事（海安：双召集人） · Consultation, 有事好商量 (Hai'an: two conveners) (consultation, version 2): its types, for typedEngine.
 */
export interface HaianConsultationWorkflow {
  id: 'consultation';
  data: HaianConsultationData;
  commands: HaianConsultationCommands;
}

/**
 * The definition of consultation, carrying its types.
 */
export type HaianConsultationDefinition = TypedDefinition<HaianConsultationWorkflow>;

/**
 * 有事好商量 + 12345 联动协商处置 · 有事好商量 and 12345 hotline linkage: the instance data (实例数据).
 */
export interface HaianHotlineTicketData {
  ticketNo?: string;
  summary?: string;
  location?: string;
  decision?: '职能部门直接处置' | '转为协商议题' | '退回市域社会治理中心';
  unit?: string;
  unitObjections?: string[];
  topic?: string;
  topicReason?: string;
  droppedReasons?: string[];
  result?: string;
  resolved?: boolean;
  resultFrom?: '职能部门' | '协商议事';
  sendBackReasons?: string[];
  returnReason?: string;
  closeNote?: string;
  closedAt?: string;
  [k: string]: unknown;
}

/**
 * Form "assign" (表单): 交职能部门直接处置 · To a department to handle.
 */
export interface HaianHotlineTicketAssignPayload {
  /**
   * 职能部门
   */
  unit: string;
}

/**
 * Form "close" (表单): 办结工单 · Close the ticket.
 */
export interface HaianHotlineTicketClosePayload {
  /**
   * 办结说明（可不填）
   */
  note?: string;
}

/**
 * Form "reason" (表单): 说明理由 · Give a reason.
 */
export interface HaianHotlineTicketReasonPayload {
  /**
   * 理由
   */
  reason: string;
}

/**
 * Form "refer" (表单): 转来 12345 工单 · Refer a 12345 ticket.
 */
export interface HaianHotlineTicketReferPayload {
  /**
   * 工单编号
   */
  ticketNo: string;
  /**
   * 诉求内容
   */
  summary: string;
  /**
   * 地点
   */
  location: string;
}

/**
 * Form "result" (表单): 处置结果 · The result.
 */
export interface HaianHotlineTicketResultPayload {
  /**
   * 处置结果
   */
  result: string;
  /**
   * 诉求是否解决
   */
  resolved: boolean;
}

/**
 * Form "topic" (表单): 转为协商议题 · Take up as a consultation topic.
 */
export interface HaianHotlineTicketTopicPayload {
  /**
   * 协商议题
   */
  topic: string;
  /**
   * 转为议题的理由（如多方利益相关、需协商解决）
   */
  reason: string;
}

/**
 * 有事好商量 + 12345 联动协商处置 · 有事好商量 and 12345 hotline linkage: each action (动作) with the payload its form takes; undefined for an action without a form.
 */
export interface HaianHotlineTicketCommands {
  refer: HaianHotlineTicketReferPayload;
  assignToUnit: HaianHotlineTicketAssignPayload;
  takeAsTopic: HaianHotlineTicketTopicPayload;
  returnToCentre: HaianHotlineTicketReasonPayload;
  reportResult: HaianHotlineTicketResultPayload;
  objectAssignment: HaianHotlineTicketReasonPayload;
  recordConsultationResult: HaianHotlineTicketResultPayload;
  consultationDropped: HaianHotlineTicketReasonPayload;
  closeTicket: HaianHotlineTicketClosePayload;
  sendBack: HaianHotlineTicketReasonPayload;
  transferRole: BuiltinPayloads['transferRole'];
}

/**
 * 有事好商量 + 12345 联动协商处置 · 有事好商量 and 12345 hotline linkage (hotline-ticket, version 2): its types, for typedEngine.
 */
export interface HaianHotlineTicketWorkflow {
  id: 'hotline-ticket';
  data: HaianHotlineTicketData;
  commands: HaianHotlineTicketCommands;
}

/**
 * The definition of hotline-ticket, carrying its types.
 */
export type HaianHotlineTicketDefinition = TypedDefinition<HaianHotlineTicketWorkflow>;

/**
 * 委员“六个一”履职考核 · Members' six duties (六个一) and yearly assessment: the instance data (实例数据).
 */
export interface HaianMemberDutiesData {
  member: string;
  year: number;
  records?: {
    item:
      | '专题调研'
      | '提案'
      | '社情民意信息'
      | '有事好商量协商议事'
      | '为群众办实事好事'
      | '招引项目或高层次人才';
    date: string;
    description: string;
    evidence: string;
  }[];
  confirmedItems?: (
    | '专题调研'
    | '提案'
    | '社情民意信息'
    | '有事好商量协商议事'
    | '为群众办实事好事'
    | '招引项目或高层次人才'
  )[];
  returns?: {
    item:
      | '专题调研'
      | '提案'
      | '社情民意信息'
      | '有事好商量协商议事'
      | '为群众办实事好事'
      | '招引项目或高层次人才';
    reason: string;
  }[];
  noticeQuarters?: number[];
  notices?: string[];
  yearClosedEarly?: boolean;
  debrief?: string;
  completedCount?: number;
  score?: number;
  scoreNote?: string;
  scoredBy?: string;
  [k: string]: unknown;
}

/**
 * Form "confirm" (表单): 确认履职事项 · Confirm a duty.
 */
export interface HaianMemberDutiesConfirmPayload {
  /**
   * “六个一”事项
   */
  item:
    | '专题调研'
    | '提案'
    | '社情民意信息'
    | '有事好商量协商议事'
    | '为群众办实事好事'
    | '招引项目或高层次人才';
}

/**
 * Form "debrief" (表单): 年度述职 · Annual report.
 */
export interface HaianMemberDutiesDebriefPayload {
  /**
   * 参加履职活动情况
   */
  summary: string;
}

/**
 * Form "notice" (表单): 季度通报 · Quarterly notice.
 */
export interface HaianMemberDutiesNoticePayload {
  /**
   * 季度
   */
  quarter: number;
  /**
   * 通报内容
   */
  summary: string;
}

/**
 * Form "record" (表单): 登记履职事项 · Record a duty.
 */
export interface HaianMemberDutiesRecordPayload {
  /**
   * “六个一”事项
   */
  item:
    | '专题调研'
    | '提案'
    | '社情民意信息'
    | '有事好商量协商议事'
    | '为群众办实事好事'
    | '招引项目或高层次人才';
  /**
   * 日期
   */
  date: string;
  /**
   * 做了什么
   */
  description: string;
  /**
   * 佐证（提案号、信息标题、活动名称、项目名称等）
   */
  evidence: string;
}

/**
 * Form "returnItem" (表单): 退回履职事项 · Return a duty.
 */
export interface HaianMemberDutiesReturnItemPayload {
  /**
   * “六个一”事项
   */
  item:
    | '专题调研'
    | '提案'
    | '社情民意信息'
    | '有事好商量协商议事'
    | '为群众办实事好事'
    | '招引项目或高层次人才';
  /**
   * 退回理由
   */
  reason: string;
}

/**
 * Form "score" (表单): 百分制得分 · The 100-point score.
 */
export interface HaianMemberDutiesScorePayload {
  /**
   * 得分（百分制，按本委考核细则）
   */
  score: number;
  /**
   * 说明
   */
  note?: string;
}

/**
 * 委员“六个一”履职考核 · Members' six duties (六个一) and yearly assessment: each action (动作) with the payload its form takes; undefined for an action without a form.
 */
export interface HaianMemberDutiesCommands {
  recordItem: HaianMemberDutiesRecordPayload;
  confirmItem: HaianMemberDutiesConfirmPayload;
  returnItem: HaianMemberDutiesReturnItemPayload;
  closeYear: undefined;
  issueQuarterlyNotice: HaianMemberDutiesNoticePayload;
  submitDebrief: HaianMemberDutiesDebriefPayload;
  recordScore: HaianMemberDutiesScorePayload;
}

/**
 * 委员“六个一”履职考核 · Members' six duties (六个一) and yearly assessment (member-duties, version 2): its types, for typedEngine.
 */
export interface HaianMemberDutiesWorkflow {
  id: 'member-duties';
  data: HaianMemberDutiesData;
  commands: HaianMemberDutiesCommands;
}

/**
 * The definition of member-duties, carrying its types.
 */
export type HaianMemberDutiesDefinition = TypedDefinition<HaianMemberDutiesWorkflow>;

/**
 * The definitions, by id, each typed with its types.
 */
export const haian = {
  consultation: definition0 as unknown as HaianConsultationDefinition,
  'hotline-ticket': definition1 as unknown as HaianHotlineTicketDefinition,
  'member-duties': definition2 as unknown as HaianMemberDutiesDefinition,
} as const;
