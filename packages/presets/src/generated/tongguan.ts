/* Generated from the tongguan preset by scripts/build-presets.ts. Do not edit by hand. */
import type { BuiltinPayloads, TypedDefinition } from '@luzhi/engine';
import definition0 from './json/tongguan/duty-report.json' with { type: 'json' };

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
  'duty-report': definition0 as unknown as TongguanDutyReportDefinition,
} as const;
