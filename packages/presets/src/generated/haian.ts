/* Generated from the haian preset by scripts/build-presets.ts. Do not edit by hand. */
import type { BuiltinPayloads, TypedDefinition } from '@luzhi/engine';
import definition0 from './json/haian/hotline-ticket.json' with { type: 'json' };
import definition1 from './json/haian/member-duties.json' with { type: 'json' };

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
 * 有事好商量 + 12345 联动协商处置 · 有事好商量 and 12345 hotline linkage (hotline-ticket, version 1): its types, for typedEngine.
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
  recordedItems?: (
    | '专题调研'
    | '提案'
    | '社情民意信息'
    | '有事好商量协商议事'
    | '为群众办实事好事'
    | '招引项目或高层次人才'
  )[];
  recordDates?: string[];
  recordDescriptions?: string[];
  recordEvidence?: string[];
  confirmedItems?: (
    | '专题调研'
    | '提案'
    | '社情民意信息'
    | '有事好商量协商议事'
    | '为群众办实事好事'
    | '招引项目或高层次人才'
  )[];
  returnedItems?: (
    | '专题调研'
    | '提案'
    | '社情民意信息'
    | '有事好商量协商议事'
    | '为群众办实事好事'
    | '招引项目或高层次人才'
  )[];
  returnReasons?: string[];
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
 * 委员“六个一”履职考核 · Members' six duties (六个一) and yearly assessment (member-duties, version 1): its types, for typedEngine.
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
  'hotline-ticket': definition0 as unknown as HaianHotlineTicketDefinition,
  'member-duties': definition1 as unknown as HaianMemberDutiesDefinition,
} as const;
