/* Generated from the jiangyin preset by scripts/build-presets.ts. Do not edit by hand. */
import type { BuiltinPayloads, TypedDefinition } from '@luzhi/engine';
import definition0 from './json/jiangyin/micro-proposal.json' with { type: 'json' };

/**
 * “5+23”年度“有事好商量”民生微提案办理 · “5+23” annual livelihood micro-proposals (有事好商量): the instance data (实例数据).
 */
export interface JiangyinMicroProposalData {
  year?: number;
  programmePart?: '5' | '23';
  title?: string;
  town?: string;
  room?: string;
  situation?: string;
  suggestion?: string;
  acceptedBy?: string;
  proposer?: string;
  declineReason?: string;
  referTo?: '转为提案' | '转为社情民意信息' | '不再办理';
  consultedOn?: string;
  participants?: string;
  consensus?: string;
  handlingUnit?: string;
  assignmentObjections?: number;
  objectionReason?: string;
  withdrawReason?: string;
  redirectReason?: string;
  replyClass?: 'A' | 'B' | 'C';
  reply?: string;
  satisfaction?: '满意' | '基本满意' | '不满意';
  comment?: string;
  rehandleCount?: number;
  [k: string]: unknown;
}

/**
 * Form "consult" (表单): 安排协商议事 · Arrange a deliberation.
 */
export interface JiangyinMicroProposalConsultPayload {
  /**
   * 协商议事室
   */
  room: string;
}

/**
 * Form "consultationRecord" (表单): 协商议事记录 · Record of the deliberation.
 */
export interface JiangyinMicroProposalConsultationRecordPayload {
  /**
   * 协商日期
   */
  heldOn: string;
  /**
   * 参加人员（委员、部门、群众代表）
   */
  participants: string;
  /**
   * 协商形成的意见
   */
  consensus: string;
  /**
   * 承办单位
   */
  handlingUnit: string;
}

/**
 * Form "decline" (表单): 不予受理 · Not taken up.
 */
export interface JiangyinMicroProposalDeclinePayload {
  /**
   * 向委员说明的理由
   */
  reason: string;
  /**
   * 建议去向
   */
  referTo: '转为提案' | '转为社情民意信息' | '不再办理';
}

/**
 * Form "evaluate" (表单): 委员评价 · Member's evaluation.
 */
export interface JiangyinMicroProposalEvaluatePayload {
  /**
   * 办理结果评价
   */
  satisfaction: '满意' | '基本满意' | '不满意';
  /**
   * 意见和建议
   */
  comment?: string;
}

/**
 * Form "objection" (表单): 交办异议 · Objection to the referral.
 */
export interface JiangyinMicroProposalObjectionPayload {
  /**
   * 异议理由
   */
  reason: string;
  /**
   * 建议承办单位
   */
  suggestedUnit?: string;
}

/**
 * Form "redirect" (表单): 改交其他镇街 · Redirect to another town.
 */
export interface JiangyinMicroProposalRedirectPayload {
  /**
   * 应受理的镇（街道、园区）
   */
  town: string;
  /**
   * 理由
   */
  reason: string;
}

/**
 * Form "refer" (表单): 交办 · Refer.
 */
export interface JiangyinMicroProposalReferPayload {
  /**
   * 承办单位
   */
  handlingUnit: string;
}

/**
 * Form "reply" (表单): 办复 · Reply.
 */
export interface JiangyinMicroProposalReplyPayload {
  /**
   * 答复类别（A 解决或采纳，B 列入计划拟解决，C 留作参考）
   */
  replyClass: 'A' | 'B' | 'C';
  /**
   * 办理情况
   */
  reply: string;
}

/**
 * Form "submit" (表单): 提交民生微提案 · Submit a micro-proposal.
 */
export interface JiangyinMicroProposalSubmitPayload {
  /**
   * 微提案题目
   */
  title: string;
  /**
   * 年度
   */
  year: number;
  /**
   * 属于“5+23”中的哪一部分（含义见说明）
   */
  programmePart?: '5' | '23';
  /**
   * 所在镇（街道、园区）
   */
  town: string;
  /**
   * 协商议事室
   */
  room?: string;
  /**
   * 民生问题
   */
  situation: string;
  /**
   * 建议
   */
  suggestion: string;
}

/**
 * Form "withdrawReferral" (表单): 撤回交办 · Withdraw the referral.
 */
export interface JiangyinMicroProposalWithdrawReferralPayload {
  /**
   * 撤回理由（如承办单位写错）
   */
  reason: string;
}

/**
 * “5+23”年度“有事好商量”民生微提案办理 · “5+23” annual livelihood micro-proposals (有事好商量): each action (动作) with the payload its form takes; undefined for an action without a form.
 */
export interface JiangyinMicroProposalCommands {
  submit: JiangyinMicroProposalSubmitPayload;
  consult: JiangyinMicroProposalConsultPayload;
  refer: JiangyinMicroProposalReferPayload;
  redirect: JiangyinMicroProposalRedirectPayload;
  decline: JiangyinMicroProposalDeclinePayload;
  recordConsultation: JiangyinMicroProposalConsultationRecordPayload;
  reply: JiangyinMicroProposalReplyPayload;
  withdrawReferral: JiangyinMicroProposalWithdrawReferralPayload;
  objectAssignment: JiangyinMicroProposalObjectionPayload;
  evaluate: JiangyinMicroProposalEvaluatePayload;
  extendDeadline: BuiltinPayloads['extendDeadline'];
  transferRole: BuiltinPayloads['transferRole'];
}

/**
 * “5+23”年度“有事好商量”民生微提案办理 · “5+23” annual livelihood micro-proposals (有事好商量) (micro-proposal, version 1): its types, for typedEngine.
 */
export interface JiangyinMicroProposalWorkflow {
  id: 'micro-proposal';
  data: JiangyinMicroProposalData;
  commands: JiangyinMicroProposalCommands;
}

/**
 * The definition of micro-proposal, carrying its types.
 */
export type JiangyinMicroProposalDefinition = TypedDefinition<JiangyinMicroProposalWorkflow>;

/**
 * The definitions, by id, each typed with its types.
 */
export const jiangyin = {
  'micro-proposal': definition0 as unknown as JiangyinMicroProposalDefinition,
} as const;
