/* Generated from the qingjiangpu preset by scripts/build-presets.ts. Do not edit by hand. */
import type { BuiltinPayloads, TypedDefinition } from '@luzhi/engine';
import definition0 from './json/qingjiangpu/joint-supervision.json' with { type: 'json' };

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
 * The definitions, by id, each typed with its types.
 */
export const qingjiangpu = {
  'joint-supervision': definition0 as unknown as QingjiangpuJointSupervisionDefinition,
} as const;
