/* Generated from the jiangyin preset by scripts/build-presets.ts. Do not edit by hand. */
import type { BuiltinPayloads, TypedDefinition, WorkflowDefinition } from '@luzhi/engine';

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
  'micro-proposal': ({
    id: 'micro-proposal',
    version: 1,
    title: {
      'zh-CN': '“5+23”年度“有事好商量”民生微提案办理',
      en: '“5+23” annual livelihood micro-proposals (有事好商量)',
    },
    description: {
      'zh-CN': '比提案办理更轻的民生微提案：委员就身边的民生小事提出微提案，由所在镇（街道、园区）政协工委受理，需要商量的在协商议事室协商后交办，事情清楚的直接交办；承办单位一个月内办复，委员评价，不满意的重新办理一次。没有联名、立案审查委员会、交办会、主办会办和督办审核等环节。“5+23”的含义报告中没有说明，微提案只记录它属于“5”还是“23”。',
      en: 'A lighter process than proposal handling: a member raises a small livelihood matter as a micro-proposal; the CPPCC working committee of the town, street or park takes it up, has it talked through in the deliberation room when it needs consultation or refers it directly when it is clear; the handling unit replies within a month, the member evaluates, and a 不满意 is handled again once. There is no co-signing, review committee, assignment meeting, lead and co-handling units or supervision check. The report does not say what “5+23” stands for; a micro-proposal only records whether it belongs to the “5” or the “23”.',
    },
    roles: {
      proposer: {
        title: {
          'zh-CN': '提出微提案的委员',
          en: 'Member who raises the micro-proposal',
        },
        description: {
          'zh-CN': '创建实例的委员：只有本人能提交和评价；离任时由市政协转交',
          en: 'The member who starts the instance: only they submit and evaluate; the city CPPCC hands the place over when they leave',
        },
        holders: 'starter',
        transfer: [
          'cppcc-office',
        ],
      },
      'town-committee': {
        title: {
          'zh-CN': '镇（街道、园区）政协工委',
          en: 'CPPCC working committee of the town, street or park',
        },
        description: {
          'zh-CN': '/town 所指的镇街园区的政协工委：受理、组织协商议事室协商、交办',
          en: 'The working committee of the town /town names: takes the micro-proposal up, runs the deliberation room meeting, refers it',
        },
        scope: 'unit',
        unit: '/town',
      },
      'handling-unit': {
        title: {
          'zh-CN': '承办单位',
          en: 'Handling unit',
        },
        description: {
          'zh-CN': '/handlingUnit 所指的单位：只有该单位的人能办复或提出交办异议',
          en: 'The unit /handlingUnit names: only its people reply or object to the referral',
        },
        scope: 'unit',
        unit: '/handlingUnit',
      },
      'cppcc-office': {
        title: {
          'zh-CN': '市政协（提案委员会）',
          en: 'City CPPCC (proposal committee)',
        },
        description: {
          'zh-CN': '看得到全部微提案，收到逾期提醒和重办后仍不满意的告知',
          en: 'Sees every micro-proposal; told when one is overdue or still 不满意 after re-handling',
        },
        oversight: true,
      },
    },
    data: {
      type: 'object',
      properties: {
        year: {
          type: 'integer',
          minimum: 2000,
          maximum: 2100,
        },
        programmePart: {
          enum: [
            '5',
            '23',
          ],
        },
        title: {
          type: 'string',
          minLength: 1,
          maxLength: 60,
        },
        town: {
          type: 'string',
          minLength: 1,
          maxLength: 100,
          pattern: '^\\S(?:.*\\S)?$',
        },
        room: {
          type: 'string',
          minLength: 1,
          maxLength: 100,
        },
        situation: {
          type: 'string',
          minLength: 1,
          maxLength: 2000,
        },
        suggestion: {
          type: 'string',
          minLength: 1,
          maxLength: 2000,
        },
        acceptedBy: {
          type: 'string',
        },
        proposer: {
          type: 'string',
        },
        declineReason: {
          type: 'string',
          minLength: 1,
          maxLength: 2000,
        },
        referTo: {
          enum: [
            '转为提案',
            '转为社情民意信息',
            '不再办理',
          ],
        },
        consultedOn: {
          type: 'string',
          format: 'date',
        },
        participants: {
          type: 'string',
          minLength: 1,
          maxLength: 500,
        },
        consensus: {
          type: 'string',
          minLength: 1,
          maxLength: 2000,
        },
        handlingUnit: {
          type: 'string',
          minLength: 1,
          maxLength: 100,
          pattern: '^\\S(?:.*\\S)?$',
        },
        assignmentObjections: {
          type: 'integer',
          minimum: 0,
        },
        objectionReason: {
          type: 'string',
          minLength: 1,
          maxLength: 2000,
        },
        withdrawReason: {
          type: 'string',
          minLength: 1,
          maxLength: 2000,
        },
        redirectReason: {
          type: 'string',
          minLength: 1,
          maxLength: 2000,
        },
        replyClass: {
          enum: [
            'A',
            'B',
            'C',
          ],
        },
        reply: {
          type: 'string',
          minLength: 1,
          maxLength: 2000,
        },
        satisfaction: {
          enum: [
            '满意',
            '基本满意',
            '不满意',
          ],
        },
        comment: {
          type: 'string',
          minLength: 0,
          maxLength: 2000,
        },
        rehandleCount: {
          type: 'integer',
          minimum: 0,
        },
      },
    },
    forms: {
      submit: {
        title: {
          'zh-CN': '提交民生微提案',
          en: 'Submit a micro-proposal',
        },
        schema: {
          type: 'object',
          required: [
            'title',
            'year',
            'town',
            'situation',
            'suggestion',
          ],
          properties: {
            title: {
              type: 'string',
              minLength: 4,
              maxLength: 60,
              pattern: '^\\S(?:.*\\S)?$',
              title: '微提案题目',
            },
            year: {
              type: 'integer',
              minimum: 2000,
              maximum: 2100,
              title: '年度',
            },
            programmePart: {
              enum: [
                '5',
                '23',
              ],
              title: '属于“5+23”中的哪一部分（含义见说明）',
            },
            town: {
              type: 'string',
              minLength: 1,
              maxLength: 100,
              pattern: '^\\S(?:.*\\S)?$',
              title: '所在镇（街道、园区）',
            },
            room: {
              type: 'string',
              minLength: 1,
              maxLength: 100,
              title: '协商议事室',
            },
            situation: {
              type: 'string',
              minLength: 10,
              maxLength: 2000,
              title: '民生问题',
            },
            suggestion: {
              type: 'string',
              minLength: 5,
              maxLength: 2000,
              title: '建议',
            },
          },
          additionalProperties: false,
        },
        ui: {
          type: 'VerticalLayout',
          elements: [
            {
              type: 'Control',
              scope: '#/properties/title',
              label: {
                'zh-CN': '微提案题目',
                en: 'Title',
              },
            },
            {
              type: 'Control',
              scope: '#/properties/year',
              label: {
                'zh-CN': '年度',
                en: 'Year',
              },
            },
            {
              type: 'Control',
              scope: '#/properties/programmePart',
              label: {
                'zh-CN': '属于“5+23”中的哪一部分（含义见说明）',
                en: 'Part of “5+23” (see the notes)',
              },
            },
            {
              type: 'Control',
              scope: '#/properties/town',
              label: {
                'zh-CN': '所在镇（街道、园区）',
                en: 'Town, street or park',
              },
            },
            {
              type: 'Control',
              scope: '#/properties/room',
              label: {
                'zh-CN': '协商议事室',
                en: 'Deliberation room',
              },
            },
            {
              type: 'Control',
              scope: '#/properties/situation',
              label: {
                'zh-CN': '民生问题',
                en: 'The livelihood matter',
              },
              options: {
                multi: true,
              },
            },
            {
              type: 'Control',
              scope: '#/properties/suggestion',
              label: {
                'zh-CN': '建议',
                en: 'Suggestion',
              },
              options: {
                multi: true,
              },
            },
          ],
        },
      },
      consult: {
        title: {
          'zh-CN': '安排协商议事',
          en: 'Arrange a deliberation',
        },
        schema: {
          type: 'object',
          required: [
            'room',
          ],
          properties: {
            room: {
              type: 'string',
              minLength: 1,
              maxLength: 100,
              title: '协商议事室',
            },
          },
          additionalProperties: false,
        },
        ui: {
          type: 'VerticalLayout',
          elements: [
            {
              type: 'Control',
              scope: '#/properties/room',
              label: {
                'zh-CN': '协商议事室',
                en: 'Deliberation room',
              },
            },
          ],
        },
      },
      refer: {
        title: {
          'zh-CN': '交办',
          en: 'Refer',
        },
        schema: {
          type: 'object',
          required: [
            'handlingUnit',
          ],
          properties: {
            handlingUnit: {
              type: 'string',
              minLength: 1,
              maxLength: 100,
              pattern: '^\\S(?:.*\\S)?$',
              title: '承办单位',
            },
          },
          additionalProperties: false,
        },
        ui: {
          type: 'VerticalLayout',
          elements: [
            {
              type: 'Control',
              scope: '#/properties/handlingUnit',
              label: {
                'zh-CN': '承办单位',
                en: 'Handling unit',
              },
            },
          ],
        },
      },
      consultationRecord: {
        title: {
          'zh-CN': '协商议事记录',
          en: 'Record of the deliberation',
        },
        schema: {
          type: 'object',
          required: [
            'heldOn',
            'participants',
            'consensus',
            'handlingUnit',
          ],
          properties: {
            heldOn: {
              type: 'string',
              format: 'date',
              title: '协商日期',
            },
            participants: {
              type: 'string',
              minLength: 2,
              maxLength: 500,
              title: '参加人员（委员、部门、群众代表）',
            },
            consensus: {
              type: 'string',
              minLength: 5,
              maxLength: 2000,
              title: '协商形成的意见',
            },
            handlingUnit: {
              type: 'string',
              minLength: 1,
              maxLength: 100,
              pattern: '^\\S(?:.*\\S)?$',
              title: '承办单位',
            },
          },
          additionalProperties: false,
        },
        ui: {
          type: 'VerticalLayout',
          elements: [
            {
              type: 'Control',
              scope: '#/properties/heldOn',
              label: {
                'zh-CN': '协商日期',
                en: 'Held on',
              },
            },
            {
              type: 'Control',
              scope: '#/properties/participants',
              label: {
                'zh-CN': '参加人员（委员、部门、群众代表）',
                en: 'Who took part (members, departments, residents)',
              },
              options: {
                multi: true,
              },
            },
            {
              type: 'Control',
              scope: '#/properties/consensus',
              label: {
                'zh-CN': '协商形成的意见',
                en: 'What was agreed',
              },
              options: {
                multi: true,
              },
            },
            {
              type: 'Control',
              scope: '#/properties/handlingUnit',
              label: {
                'zh-CN': '承办单位',
                en: 'Handling unit',
              },
            },
          ],
        },
      },
      redirect: {
        title: {
          'zh-CN': '改交其他镇街',
          en: 'Redirect to another town',
        },
        schema: {
          type: 'object',
          required: [
            'town',
            'reason',
          ],
          properties: {
            town: {
              type: 'string',
              minLength: 1,
              maxLength: 100,
              pattern: '^\\S(?:.*\\S)?$',
              title: '应受理的镇（街道、园区）',
            },
            reason: {
              type: 'string',
              minLength: 5,
              maxLength: 2000,
              title: '理由',
            },
          },
          additionalProperties: false,
        },
        ui: {
          type: 'VerticalLayout',
          elements: [
            {
              type: 'Control',
              scope: '#/properties/town',
              label: {
                'zh-CN': '应受理的镇（街道、园区）',
                en: 'The town that should take it up',
              },
            },
            {
              type: 'Control',
              scope: '#/properties/reason',
              label: {
                'zh-CN': '理由',
                en: 'Reason',
              },
              options: {
                multi: true,
              },
            },
          ],
        },
      },
      withdrawReferral: {
        title: {
          'zh-CN': '撤回交办',
          en: 'Withdraw the referral',
        },
        schema: {
          type: 'object',
          required: [
            'reason',
          ],
          properties: {
            reason: {
              type: 'string',
              minLength: 5,
              maxLength: 2000,
              title: '撤回理由（如承办单位写错）',
            },
          },
          additionalProperties: false,
        },
        ui: {
          type: 'VerticalLayout',
          elements: [
            {
              type: 'Control',
              scope: '#/properties/reason',
              label: {
                'zh-CN': '撤回理由（如承办单位写错）',
                en: 'Reason (e.g. the wrong unit was named)',
              },
              options: {
                multi: true,
              },
            },
          ],
        },
      },
      decline: {
        title: {
          'zh-CN': '不予受理',
          en: 'Not taken up',
        },
        schema: {
          type: 'object',
          required: [
            'reason',
            'referTo',
          ],
          properties: {
            reason: {
              type: 'string',
              minLength: 5,
              maxLength: 2000,
              title: '向委员说明的理由',
            },
            referTo: {
              enum: [
                '转为提案',
                '转为社情民意信息',
                '不再办理',
              ],
              title: '建议去向',
            },
          },
          additionalProperties: false,
        },
        ui: {
          type: 'VerticalLayout',
          elements: [
            {
              type: 'Control',
              scope: '#/properties/reason',
              label: {
                'zh-CN': '向委员说明的理由',
                en: 'Reason given to the member',
              },
              options: {
                multi: true,
              },
            },
            {
              type: 'Control',
              scope: '#/properties/referTo',
              label: {
                'zh-CN': '建议去向',
                en: 'Suggested route',
              },
            },
          ],
        },
      },
      objection: {
        title: {
          'zh-CN': '交办异议',
          en: 'Objection to the referral',
        },
        schema: {
          type: 'object',
          required: [
            'reason',
          ],
          properties: {
            reason: {
              type: 'string',
              minLength: 5,
              maxLength: 2000,
              title: '异议理由',
            },
            suggestedUnit: {
              type: 'string',
              minLength: 1,
              maxLength: 100,
              pattern: '^\\S(?:.*\\S)?$',
              title: '建议承办单位',
            },
          },
          additionalProperties: false,
        },
        ui: {
          type: 'VerticalLayout',
          elements: [
            {
              type: 'Control',
              scope: '#/properties/reason',
              label: {
                'zh-CN': '异议理由',
                en: 'Reason',
              },
              options: {
                multi: true,
              },
            },
            {
              type: 'Control',
              scope: '#/properties/suggestedUnit',
              label: {
                'zh-CN': '建议承办单位',
                en: 'Suggested unit',
              },
            },
          ],
        },
      },
      reply: {
        title: {
          'zh-CN': '办复',
          en: 'Reply',
        },
        schema: {
          type: 'object',
          required: [
            'replyClass',
            'reply',
          ],
          properties: {
            replyClass: {
              enum: [
                'A',
                'B',
                'C',
              ],
              title: '答复类别（A 解决或采纳，B 列入计划拟解决，C 留作参考）',
            },
            reply: {
              type: 'string',
              minLength: 5,
              maxLength: 2000,
              title: '办理情况',
            },
          },
          additionalProperties: false,
        },
        ui: {
          type: 'VerticalLayout',
          elements: [
            {
              type: 'Control',
              scope: '#/properties/replyClass',
              label: {
                'zh-CN': '答复类别（A 解决或采纳，B 列入计划拟解决，C 留作参考）',
                en: 'Class (A solved or adopted, B in plan, C kept for reference)',
              },
            },
            {
              type: 'Control',
              scope: '#/properties/reply',
              label: {
                'zh-CN': '办理情况',
                en: 'What was done',
              },
              options: {
                multi: true,
              },
            },
          ],
        },
      },
      evaluate: {
        title: {
          'zh-CN': '委员评价',
          en: 'Member\'s evaluation',
        },
        schema: {
          type: 'object',
          required: [
            'satisfaction',
          ],
          properties: {
            satisfaction: {
              enum: [
                '满意',
                '基本满意',
                '不满意',
              ],
              title: '办理结果评价',
            },
            comment: {
              type: 'string',
              minLength: 2,
              maxLength: 2000,
              title: '意见和建议',
            },
          },
          if: {
            properties: {
              satisfaction: {
                const: '不满意',
              },
            },
          },
          then: {
            required: [
              'comment',
            ],
          },
          additionalProperties: false,
        },
        ui: {
          type: 'VerticalLayout',
          elements: [
            {
              type: 'Control',
              scope: '#/properties/satisfaction',
              label: {
                'zh-CN': '办理结果评价',
                en: 'Satisfaction',
              },
            },
            {
              type: 'Control',
              scope: '#/properties/comment',
              label: {
                'zh-CN': '意见和建议',
                en: 'Comments',
              },
              options: {
                multi: true,
              },
            },
          ],
        },
      },
    },
    initial: 'drafting',
    states: {
      drafting: {
        title: {
          'zh-CN': '提：委员撰写微提案',
          en: 'Raise: the member writes the micro-proposal',
        },
        on: {
          submit: {
            to: 'accepting',
            title: {
              'zh-CN': '提交',
              en: 'Submit',
            },
            roles: [
              'proposer',
            ],
            form: 'submit',
            set: {
              '/proposer': 'actor.id',
              '/title': 'payload.title',
              '/year': 'payload.year',
              '/programmePart': 'payload.programmePart',
              '/town': 'payload.town',
              '/room': 'payload.room',
              '/situation': 'payload.situation',
              '/suggestion': 'payload.suggestion',
            },
            effects: [
              {
                notify: {
                  roles: [
                    'town-committee',
                  ],
                  message: {
                    'zh-CN': '委员提出一件民生微提案，请在五个工作日内受理',
                    en: 'A member has raised a micro-proposal: take it up within five working days',
                  },
                },
              },
            ],
          },
        },
      },
      accepting: {
        title: {
          'zh-CN': '受理：镇街政协工委受理',
          en: 'Take up: the town\'s working committee decides',
        },
        deadline: {
          within: '5WD',
          onExpire: {
            effects: [
              {
                notify: {
                  roles: [
                    'town-committee',
                    'cppcc-office',
                  ],
                  message: {
                    'zh-CN': '民生微提案五个工作日内未受理',
                    en: 'A micro-proposal has not been taken up within five working days',
                  },
                },
              },
            ],
          },
        },
        on: {
          consult: {
            to: 'consulting',
            title: {
              'zh-CN': '受理，交协商议事室协商',
              en: 'Take up: to the deliberation room',
            },
            roles: [
              'town-committee',
            ],
            form: 'consult',
            when: 'actor.id != data.proposer',
            set: {
              '/room': 'payload.room',
              '/acceptedBy': 'actor.id',
            },
            effects: [
              {
                notify: {
                  roles: [
                    'proposer',
                  ],
                  message: {
                    'zh-CN': '您的民生微提案已受理，将在协商议事室协商',
                    en: 'Your micro-proposal was taken up and goes to the deliberation room',
                  },
                },
              },
            ],
          },
          refer: {
            to: 'handling',
            title: {
              'zh-CN': '受理，直接交办',
              en: 'Take up: refer directly',
            },
            roles: [
              'town-committee',
            ],
            form: 'refer',
            when: 'actor.id != data.proposer',
            set: {
              '/handlingUnit': 'payload.handlingUnit',
              '/acceptedBy': 'actor.id',
            },
            effects: [
              {
                notify: {
                  roles: [
                    'handling-unit',
                  ],
                  message: {
                    'zh-CN': '交办一件民生微提案，请在一个月内办复',
                    en: 'A micro-proposal is referred to you: reply within a month',
                  },
                },
              },
              {
                notify: {
                  roles: [
                    'proposer',
                  ],
                  message: {
                    'zh-CN': '您的民生微提案已受理并交办',
                    en: 'Your micro-proposal was taken up and referred',
                  },
                },
              },
            ],
          },
          redirect: {
            to: 'accepting',
            title: {
              'zh-CN': '改交其他镇街',
              en: 'Redirect to another town',
            },
            roles: [
              'cppcc-office',
            ],
            form: 'redirect',
            optional: true,
            set: {
              '/town': 'payload.town',
              '/redirectReason': 'payload.reason',
            },
            effects: [
              {
                notify: {
                  roles: [
                    'town-committee',
                  ],
                  message: {
                    'zh-CN': '市政协转来一件民生微提案，请在五个工作日内受理',
                    en: 'The city CPPCC passes a micro-proposal to you: take it up within five working days',
                  },
                },
              },
              {
                notify: {
                  roles: [
                    'proposer',
                  ],
                  message: {
                    'zh-CN': '您的民生微提案已改由其他镇街受理',
                    en: 'Your micro-proposal goes to another town to be taken up',
                  },
                },
              },
            ],
          },
          decline: {
            to: 'declined',
            title: {
              'zh-CN': '不予受理',
              en: 'Not taken up',
            },
            roles: [
              'town-committee',
            ],
            form: 'decline',
            when: 'actor.id != data.proposer',
            set: {
              '/declineReason': 'payload.reason',
              '/referTo': 'payload.referTo',
            },
            effects: [
              {
                notify: {
                  roles: [
                    'proposer',
                  ],
                  message: {
                    'zh-CN': '您的民生微提案未予受理，请查看理由和建议去向',
                    en: 'Your micro-proposal was not taken up: see the reason and the suggested route',
                  },
                },
              },
            ],
          },
        },
      },
      consulting: {
        title: {
          'zh-CN': '商：协商议事室协商',
          en: 'Deliberate: in the deliberation room',
        },
        deadline: {
          within: '15WD',
          onExpire: {
            effects: [
              {
                notify: {
                  roles: [
                    'town-committee',
                    'cppcc-office',
                  ],
                  message: {
                    'zh-CN': '民生微提案受理后十五个工作日内未协商',
                    en: 'A micro-proposal has not been deliberated within fifteen working days',
                  },
                },
              },
            ],
          },
        },
        on: {
          recordConsultation: {
            to: 'handling',
            title: {
              'zh-CN': '记录协商并交办',
              en: 'Record the deliberation and refer',
            },
            roles: [
              'town-committee',
            ],
            form: 'consultationRecord',
            when: 'actor.id != data.proposer',
            set: {
              '/consultedOn': 'payload.heldOn',
              '/participants': 'payload.participants',
              '/consensus': 'payload.consensus',
              '/handlingUnit': 'payload.handlingUnit',
            },
            effects: [
              {
                notify: {
                  roles: [
                    'handling-unit',
                  ],
                  message: {
                    'zh-CN': '协商议事后交办一件民生微提案，请在一个月内办复',
                    en: 'A micro-proposal is referred to you after deliberation: reply within a month',
                  },
                },
              },
            ],
          },
        },
      },
      handling: {
        title: {
          'zh-CN': '办：承办单位办复',
          en: 'Handle: the unit replies',
        },
        deadline: {
          within: 'P1M',
          warnBefore: 'P7D',
          onWarn: {
            effects: [
              {
                notify: {
                  roles: [
                    'handling-unit',
                  ],
                  message: {
                    'zh-CN': '民生微提案办复期限还有七天',
                    en: 'Seven days are left to reply to the micro-proposal',
                  },
                },
              },
            ],
          },
          onExpire: {
            effects: [
              {
                notify: {
                  roles: [
                    'handling-unit',
                    'town-committee',
                    'cppcc-office',
                  ],
                  message: {
                    'zh-CN': '民生微提案已超过一个月未办复',
                    en: 'A micro-proposal has gone a month without a reply',
                  },
                },
              },
            ],
          },
          extend: {
            roles: [
              'town-committee',
            ],
            max: 'P15D',
            times: 1,
          },
        },
        on: {
          reply: {
            to: 'evaluating',
            title: {
              'zh-CN': '办复',
              en: 'Reply',
            },
            roles: [
              'handling-unit',
            ],
            form: 'reply',
            when: 'actor.id != data.proposer',
            set: {
              '/replyClass': 'payload.replyClass',
              '/reply': 'payload.reply',
            },
            effects: [
              {
                notify: {
                  roles: [
                    'proposer',
                  ],
                  message: {
                    'zh-CN': '您的民生微提案已办复，请在十个工作日内评价',
                    en: 'Your micro-proposal has a reply: evaluate it within ten working days',
                  },
                },
              },
            ],
          },
          withdrawReferral: {
            to: 'accepting',
            title: {
              'zh-CN': '撤回交办',
              en: 'Withdraw the referral',
            },
            roles: [
              'town-committee',
            ],
            form: 'withdrawReferral',
            optional: true,
            when: 'actor.id != data.proposer',
            set: {
              '/withdrawReason': 'payload.reason',
            },
            effects: [
              {
                notify: {
                  roles: [
                    'handling-unit',
                  ],
                  message: {
                    'zh-CN': '工委撤回了交办给您的民生微提案，无需再办理',
                    en: 'The working committee has withdrawn the micro-proposal it referred to you',
                  },
                },
              },
            ],
          },
          objectAssignment: {
            to: 'accepting',
            title: {
              'zh-CN': '提出交办异议',
              en: 'Object to the referral',
            },
            roles: [
              'handling-unit',
            ],
            form: 'objection',
            set: {
              '/objectionReason': 'payload.reason',
              '/assignmentObjections': 'coalesce(data.assignmentObjections, 0) + 1',
            },
            effects: [
              {
                notify: {
                  roles: [
                    'town-committee',
                  ],
                  message: {
                    'zh-CN': '承办单位对交办提出异议，请重新交办',
                    en: 'The unit objects to the referral: refer it again',
                  },
                },
              },
            ],
          },
        },
      },
      evaluating: {
        title: {
          'zh-CN': '评：委员评价',
          en: 'Evaluate: the member answers',
        },
        deadline: {
          within: '10WD',
          onExpire: {
            to: 'unevaluated',
          },
        },
        on: {
          evaluate: [
            {
              to: 'handling',
              title: {
                'zh-CN': '评价',
                en: 'Evaluate',
              },
              roles: [
                'proposer',
              ],
              form: 'evaluate',
              when: 'payload.satisfaction == \'不满意\' && coalesce(data.rehandleCount, 0) < 1',
              set: {
                '/satisfaction': 'payload.satisfaction',
                '/comment': 'coalesce(payload.comment, \'\')',
                '/rehandleCount': 'coalesce(data.rehandleCount, 0) + 1',
              },
              effects: [
                {
                  notify: {
                    roles: [
                      'handling-unit',
                      'town-committee',
                    ],
                    message: {
                      'zh-CN': '委员对办理结果不满意，请重新办理',
                      en: 'The member is not satisfied: handle the micro-proposal again',
                    },
                  },
                },
              ],
            },
            {
              to: 'done',
              title: {
                'zh-CN': '评价',
                en: 'Evaluate',
              },
              roles: [
                'proposer',
              ],
              form: 'evaluate',
              when: 'payload.satisfaction == \'不满意\'',
              set: {
                '/satisfaction': 'payload.satisfaction',
                '/comment': 'coalesce(payload.comment, \'\')',
              },
              effects: [
                {
                  notify: {
                    roles: [
                      'cppcc-office',
                      'town-committee',
                    ],
                    message: {
                      'zh-CN': '民生微提案重新办理后委员仍不满意，已办结备查',
                      en: 'The member is still not satisfied after re-handling; closed and kept on record',
                    },
                  },
                },
              ],
            },
            {
              to: 'done',
              title: {
                'zh-CN': '评价',
                en: 'Evaluate',
              },
              roles: [
                'proposer',
              ],
              form: 'evaluate',
              set: {
                '/satisfaction': 'payload.satisfaction',
                '/comment': 'coalesce(payload.comment, \'\')',
              },
            },
          ],
        },
      },
      done: {
        title: {
          'zh-CN': '已办结',
          en: 'Closed',
        },
        type: 'final',
      },
      declined: {
        title: {
          'zh-CN': '不予受理',
          en: 'Not taken up',
        },
        type: 'final',
      },
      unevaluated: {
        title: {
          'zh-CN': '逾期未评价，办结',
          en: 'Closed without an evaluation',
        },
        type: 'final',
      },
    },
  } satisfies WorkflowDefinition) as JiangyinMicroProposalDefinition,
} as const;
