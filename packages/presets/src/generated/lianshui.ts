/* Generated from the lianshui preset by scripts/build-presets.ts. Do not edit by hand. */
import type { BuiltinPayloads, TypedDefinition } from '@luzhi/engine';
import definition0 from './json/lianshui/proposal.json' with { type: 'json' };

/**
 * 提案办理（涟水：提案交办会，县委、县政府主要领导督办重点提案，“绿、黄、红”三色管理） · Proposal handling (Lianshui: the assignment meeting, key proposals supervised by the county's principal leaders, green-yellow-red management): the instance data (实例数据).
 */
export interface LianshuiProposalData {
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
  colourMark?: '黄' | '红';
  leaderPost?: '县委书记' | '县长';
  assignmentOccasion?: '提案交办会' | '会后重新交办';
  assignmentMeeting?: string;
  [k: string]: unknown;
}

/**
 * Form "assign" (表单): 交办（提案交办会） · Assign (at the assignment meeting).
 */
export type LianshuiProposalAssignPayload = {
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
  /**
   * 交办场合
   */
  occasion: '提案交办会' | '会后重新交办';
  /**
   * 交办会名称及日期（会后重新交办时写明交办机关的决定）
   */
  meeting: string;
};

/**
 * Form "assignMerged" (表单): 并案交办 · Assign a merged proposal.
 */
export interface LianshuiProposalAssignMergedPayload {
  /**
   * 主提案的主办单位
   */
  leadUnit: string;
}

/**
 * Form "consultation" (表单): 办前面商记录 · Consultation before handling.
 */
export interface LianshuiProposalConsultationPayload {
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
export interface LianshuiProposalDeclinePayload {
  /**
   * 谢绝理由
   */
  reason?: string;
}

/**
 * Form "evaluate" (表单): 提案办理意见反馈 · Proposer's feedback.
 */
export interface LianshuiProposalEvaluatePayload {
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
export interface LianshuiProposalExtensionRequestPayload {
  /**
   * 延期理由
   */
  reason: string;
}

/**
 * Form "instruction" (表单): 督办意见 · Supervision opinion.
 */
export interface LianshuiProposalInstructionPayload {
  /**
   * 督办意见
   */
  instruction: string;
}

/**
 * Form "markKey" (表单): 交办会上确定重点提案和督办的县领导 · Key proposal: the county leader who supervises it.
 */
export interface LianshuiProposalMarkKeyPayload {
  /**
   * 督办的县领导（用户标识）
   */
  leadOfficial: string;
  /**
   * 职务
   */
  leaderPost: '县委书记' | '县长';
  /**
   * 主席会议确定重点提案的会议及日期
   */
  councilApproval: string;
}

/**
 * Form "merge" (表单): 并案 · Merge into another proposal.
 */
export interface LianshuiProposalMergePayload {
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
export interface LianshuiProposalNotFiledPayload {
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
export interface LianshuiProposalObjectionPayload {
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
export interface LianshuiProposalOpinionPayload {
  /**
   * 会办意见（送主办单位）
   */
  opinion: string;
}

/**
 * Form "progress" (表单): 办中沟通 · Progress report.
 */
export interface LianshuiProposalProgressPayload {
  /**
   * 办理进展
   */
  summary: string;
}

/**
 * Form "reclassify" (表单): 调整答复类别 · Change the reply class.
 */
export interface LianshuiProposalReclassifyPayload {
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
export interface LianshuiProposalReplyPayload {
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
export interface LianshuiProposalReturnForRevisionPayload {
  /**
   * 退回理由
   */
  reason: string;
}

/**
 * Form "returnReply" (表单): 退回重办 · Send the reply back.
 */
export interface LianshuiProposalReturnReplyPayload {
  /**
   * 退回理由
   */
  reason: string;
}

/**
 * Form "submit" (表单): 提交提案 · Submit the proposal.
 */
export interface LianshuiProposalSubmitPayload {
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
 * 提案办理（涟水：提案交办会，县委、县政府主要领导督办重点提案，“绿、黄、红”三色管理） · Proposal handling (Lianshui: the assignment meeting, key proposals supervised by the county's principal leaders, green-yellow-red management): each action (动作) with the payload its form takes; undefined for an action without a form.
 */
export interface LianshuiProposalCommands {
  submit: LianshuiProposalSubmitPayload;
  discard: undefined;
  withdraw: undefined;
  confirm: undefined;
  decline: LianshuiProposalDeclinePayload;
  accept: undefined;
  reject: LianshuiProposalNotFiledPayload;
  merge: LianshuiProposalMergePayload;
  returnForRevision: LianshuiProposalReturnForRevisionPayload;
  consentToReport: undefined;
  consentToLetter: undefined;
  declineConversion: undefined;
  assignMerged: LianshuiProposalAssignMergedPayload;
  replyMerged: LianshuiProposalReplyPayload;
  assign: LianshuiProposalAssignPayload;
  markKey: LianshuiProposalMarkKeyPayload;
  signFor: undefined;
  objectAssignment: LianshuiProposalObjectionPayload;
  reportProgress: LianshuiProposalProgressPayload;
  applyExtension: LianshuiProposalExtensionRequestPayload;
  recordConsultation: LianshuiProposalConsultationPayload;
  reply: LianshuiProposalReplyPayload;
  sendOpinion: LianshuiProposalOpinionPayload;
  remind: undefined;
  instruct: LianshuiProposalInstructionPayload;
  approveReply: undefined;
  reclassify: LianshuiProposalReclassifyPayload;
  returnReply: LianshuiProposalReturnReplyPayload;
  closeSupervision: undefined;
  sendBack: LianshuiProposalReturnReplyPayload;
  evaluate: LianshuiProposalEvaluatePayload;
  giveView: LianshuiProposalEvaluatePayload;
  replyAgain: LianshuiProposalReplyPayload;
  extendDeadline: BuiltinPayloads['extendDeadline'];
  transferRole: BuiltinPayloads['transferRole'];
}

/**
 * 提案办理（涟水：提案交办会，县委、县政府主要领导督办重点提案，“绿、黄、红”三色管理） · Proposal handling (Lianshui: the assignment meeting, key proposals supervised by the county's principal leaders, green-yellow-red management) (proposal, version 2): its types, for typedEngine.
 */
export interface LianshuiProposalWorkflow {
  id: 'proposal';
  data: LianshuiProposalData;
  commands: LianshuiProposalCommands;
}

/**
 * The definition of proposal, carrying its types.
 */
export type LianshuiProposalDefinition = TypedDefinition<LianshuiProposalWorkflow>;

/**
 * The definitions, by id, each typed with its types.
 */
export const lianshui = {
  proposal: definition0 as unknown as LianshuiProposalDefinition,
} as const;
