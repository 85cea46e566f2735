/* Generated from the jilin preset by scripts/build-presets.ts. Do not edit by hand. */
import type { BuiltinPayloads, TypedDefinition } from '@luzhi/engine';
import definition0 from './json/jilin/river-chief.json' with { type: 'json' };

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
 * The definitions, by id, each typed with its types.
 */
export const jilin = {
  'river-chief': definition0 as unknown as JilinRiverChiefDefinition,
} as const;
