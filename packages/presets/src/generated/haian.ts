/* Generated from the haian preset by scripts/build-presets.ts. Do not edit by hand. */
import type { BuiltinPayloads, TypedDefinition, WorkflowDefinition } from '@luzhi/engine';

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
  'hotline-ticket': ({
    id: 'hotline-ticket',
    version: 1,
    title: {
      'zh-CN': '有事好商量 + 12345 联动协商处置',
      en: '有事好商量 and 12345 hotline linkage',
    },
    description: {
      'zh-CN': '海安“有事好商量+市域社会治理‘12345’联动协商处置工作制度”：市域社会治理中心把 12345 工单转给协商议事室，协商议事室甄别后交职能部门直接处置、转为协商议题或退回中心；处置或协商的结果反馈中心办结工单。转为议题后启动协商议事的一步，待流程联动上线后自动进行。各步骤的先后与期限为推定。',
      en: 'Hai\'an\'s linkage of 有事好商量 with the city governance centre\'s 12345 hotline: the centre refers a ticket to the consultation office, which hands it to a department to handle directly, takes it up as a consultation topic, or returns it; the result of the handling or the consultation goes back to the centre, which closes the ticket. Starting the consultation from a topic will happen by itself once links between workflows are available. The order of the steps and the periods are inferred.',
    },
    roles: {
      referrer: {
        title: {
          'zh-CN': '转办人（市域社会治理中心）',
          en: 'Referrer (governance centre)',
        },
        description: {
          'zh-CN': '把 12345 工单转给协商议事室的市域社会治理中心工作人员（发起人）：收到处置结果后办结工单或退回重新甄别',
          en: 'The governance-centre officer who refers the 12345 ticket (the starter): receives the result and closes the ticket or sends it back',
        },
        holders: 'starter',
        transfer: [
          'governance-centre',
        ],
      },
      'governance-centre': {
        title: {
          'zh-CN': '市域社会治理中心',
          en: 'City governance centre',
        },
        description: {
          'zh-CN': '12345 热线工单的归口单位：可以转交转办人，看得到全部联动工单',
          en: 'Owns the 12345 hotline tickets: may hand over the referrer, sees every linked ticket',
        },
        oversight: true,
      },
      'consultation-office': {
        title: {
          'zh-CN': '有事好商量协商议事室（市政协）',
          en: '有事好商量 consultation office (CPPCC)',
        },
        description: {
          'zh-CN': '甄别转来的工单：交职能部门直接处置、转为协商议题或退回中心；登记协商议事结果；看得到全部联动工单',
          en: 'Screens the referred tickets: to a department to handle directly, taken up as a consultation topic, or returned to the centre; records the consultation\'s result; sees every linked ticket',
        },
        oversight: true,
      },
      'handling-unit': {
        title: {
          'zh-CN': '职能部门',
          en: 'Handling department',
        },
        description: {
          'zh-CN': '甄别指定的职能部门（/unit）：只有该部门能报告处置结果或提出异议',
          en: 'The department the screening names (/unit): only it reports the result or objects',
        },
        scope: 'unit',
        unit: '/unit',
      },
    },
    data: {
      type: 'object',
      properties: {
        ticketNo: {
          type: 'string',
          minLength: 4,
          maxLength: 40,
          pattern: '^[0-9A-Za-z-]+$',
        },
        summary: {
          type: 'string',
          minLength: 10,
          maxLength: 5000,
        },
        location: {
          type: 'string',
          minLength: 2,
          maxLength: 200,
        },
        decision: {
          enum: [
            '职能部门直接处置',
            '转为协商议题',
            '退回市域社会治理中心',
          ],
        },
        unit: {
          type: 'string',
          minLength: 2,
          maxLength: 60,
          pattern: '^\\S(.*\\S)?$',
        },
        unitObjections: {
          type: 'array',
          maxItems: 50,
          items: {
            type: 'string',
          },
        },
        topic: {
          type: 'string',
          minLength: 4,
          maxLength: 200,
        },
        topicReason: {
          type: 'string',
        },
        droppedReasons: {
          type: 'array',
          maxItems: 50,
          items: {
            type: 'string',
          },
        },
        result: {
          type: 'string',
        },
        resolved: {
          type: 'boolean',
        },
        resultFrom: {
          enum: [
            '职能部门',
            '协商议事',
          ],
        },
        sendBackReasons: {
          type: 'array',
          maxItems: 50,
          items: {
            type: 'string',
          },
        },
        returnReason: {
          type: 'string',
        },
        closeNote: {
          type: 'string',
        },
        closedAt: {
          type: 'string',
        },
      },
    },
    forms: {
      refer: {
        title: {
          'zh-CN': '转来 12345 工单',
          en: 'Refer a 12345 ticket',
        },
        schema: {
          type: 'object',
          required: [
            'ticketNo',
            'summary',
            'location',
          ],
          properties: {
            ticketNo: {
              type: 'string',
              minLength: 4,
              maxLength: 40,
              pattern: '^[0-9A-Za-z-]+$',
              title: '工单编号',
            },
            summary: {
              type: 'string',
              minLength: 10,
              maxLength: 5000,
              title: '诉求内容',
            },
            location: {
              type: 'string',
              minLength: 2,
              maxLength: 200,
              title: '地点',
            },
          },
          additionalProperties: false,
        },
        ui: {
          type: 'VerticalLayout',
          elements: [
            {
              type: 'Control',
              scope: '#/properties/ticketNo',
              label: {
                'zh-CN': '工单编号',
                en: 'Ticket number',
              },
            },
            {
              type: 'Control',
              scope: '#/properties/summary',
              label: {
                'zh-CN': '诉求内容',
                en: 'What the caller asks',
              },
              options: {
                multi: true,
              },
            },
            {
              type: 'Control',
              scope: '#/properties/location',
              label: {
                'zh-CN': '地点',
                en: 'Where',
              },
            },
          ],
        },
      },
      assign: {
        title: {
          'zh-CN': '交职能部门直接处置',
          en: 'To a department to handle',
        },
        schema: {
          type: 'object',
          required: [
            'unit',
          ],
          properties: {
            unit: {
              type: 'string',
              minLength: 2,
              maxLength: 60,
              pattern: '^\\S(.*\\S)?$',
              title: '职能部门',
            },
          },
          additionalProperties: false,
        },
        ui: {
          type: 'VerticalLayout',
          elements: [
            {
              type: 'Control',
              scope: '#/properties/unit',
              label: {
                'zh-CN': '职能部门',
                en: 'Department',
              },
            },
          ],
        },
      },
      topic: {
        title: {
          'zh-CN': '转为协商议题',
          en: 'Take up as a consultation topic',
        },
        schema: {
          type: 'object',
          required: [
            'topic',
            'reason',
          ],
          properties: {
            topic: {
              type: 'string',
              minLength: 4,
              maxLength: 200,
              title: '协商议题',
            },
            reason: {
              type: 'string',
              minLength: 5,
              maxLength: 2000,
              title: '转为议题的理由（如多方利益相关、需协商解决）',
            },
          },
          additionalProperties: false,
        },
        ui: {
          type: 'VerticalLayout',
          elements: [
            {
              type: 'Control',
              scope: '#/properties/topic',
              label: {
                'zh-CN': '协商议题',
                en: 'Topic',
              },
            },
            {
              type: 'Control',
              scope: '#/properties/reason',
              label: {
                'zh-CN': '转为议题的理由（如多方利益相关、需协商解决）',
                en: 'Why (several parties concerned, needs deliberation)',
              },
              options: {
                multi: true,
              },
            },
          ],
        },
      },
      reason: {
        title: {
          'zh-CN': '说明理由',
          en: 'Give a reason',
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
      result: {
        title: {
          'zh-CN': '处置结果',
          en: 'The result',
        },
        schema: {
          type: 'object',
          required: [
            'result',
            'resolved',
          ],
          properties: {
            result: {
              type: 'string',
              minLength: 10,
              maxLength: 5000,
              title: '处置结果',
            },
            resolved: {
              type: 'boolean',
              title: '诉求是否解决',
            },
          },
          additionalProperties: false,
        },
        ui: {
          type: 'VerticalLayout',
          elements: [
            {
              type: 'Control',
              scope: '#/properties/result',
              label: {
                'zh-CN': '处置结果',
                en: 'What was done',
              },
              options: {
                multi: true,
              },
            },
            {
              type: 'Control',
              scope: '#/properties/resolved',
              label: {
                'zh-CN': '诉求是否解决',
                en: 'Resolved',
              },
            },
          ],
        },
      },
      close: {
        title: {
          'zh-CN': '办结工单',
          en: 'Close the ticket',
        },
        schema: {
          type: 'object',
          properties: {
            note: {
              type: 'string',
              minLength: 2,
              maxLength: 2000,
              title: '办结说明（可不填）',
            },
          },
          additionalProperties: false,
        },
        ui: {
          type: 'VerticalLayout',
          elements: [
            {
              type: 'Control',
              scope: '#/properties/note',
              label: {
                'zh-CN': '办结说明（可不填）',
                en: 'Note (optional)',
              },
              options: {
                multi: true,
              },
            },
          ],
        },
      },
    },
    initial: 'referring',
    states: {
      referring: {
        title: {
          'zh-CN': '中心转来工单',
          en: 'The centre refers the ticket',
        },
        on: {
          refer: {
            to: 'screening',
            title: {
              'zh-CN': '转交协商议事室',
              en: 'Refer',
            },
            roles: [
              'referrer',
            ],
            form: 'refer',
            set: {
              '/ticketNo': 'payload.ticketNo',
              '/summary': 'payload.summary',
              '/location': 'payload.location',
            },
            effects: [
              {
                notify: {
                  roles: [
                    'consultation-office',
                  ],
                  message: {
                    'zh-CN': '市域社会治理中心转来 12345 工单，请甄别',
                    en: 'The governance centre referred a 12345 ticket: please screen it',
                  },
                },
              },
            ],
          },
        },
      },
      screening: {
        title: {
          'zh-CN': '协商议事室甄别',
          en: 'Screening',
        },
        description: {
          'zh-CN': '交职能部门直接处置、转为协商议题，或退回中心；五个工作日内（推定）。',
          en: 'To a department to handle, taken up as a consultation topic, or returned to the centre; five working days (inferred).',
        },
        deadline: {
          within: '5WD',
          warnBefore: '2WD',
          onWarn: {
            effects: [
              {
                notify: {
                  roles: [
                    'consultation-office',
                  ],
                  message: {
                    'zh-CN': '联动工单甄别期限将至',
                    en: 'A linked ticket is due for screening',
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
                    'referrer',
                    'consultation-office',
                  ],
                  message: {
                    'zh-CN': '联动工单逾期未甄别',
                    en: 'A linked ticket was not screened in time',
                  },
                },
              },
            ],
          },
        },
        on: {
          assignToUnit: {
            to: 'unitHandling',
            title: {
              'zh-CN': '交职能部门直接处置',
              en: 'To a department',
            },
            roles: [
              'consultation-office',
            ],
            form: 'assign',
            set: {
              '/unit': 'payload.unit',
              '/decision': '\'职能部门直接处置\'',
            },
            effects: [
              {
                notify: {
                  roles: [
                    'handling-unit',
                  ],
                  message: {
                    'zh-CN': '协商议事室交来 12345 联动工单，请处置并报告结果',
                    en: 'A linked 12345 ticket: handle it and report the result',
                  },
                },
              },
            ],
          },
          takeAsTopic: {
            to: 'consulting',
            title: {
              'zh-CN': '转为协商议题',
              en: 'Take up as a topic',
            },
            roles: [
              'consultation-office',
            ],
            form: 'topic',
            set: {
              '/topic': 'payload.topic',
              '/topicReason': 'payload.reason',
              '/decision': '\'转为协商议题\'',
            },
            effects: [
              {
                notify: {
                  roles: [
                    'referrer',
                  ],
                  message: {
                    'zh-CN': '工单已转为有事好商量协商议题',
                    en: 'The ticket was taken up as a consultation topic',
                  },
                },
              },
              {
                start: {
                  workflow: 'consultation',
                  data: {
                    '/topic': 'payload.topic',
                    '/background': 'data.summary',
                    '/proposerKind': '\'协商议事室\'',
                    '/proposerName': '\'12345 联动工单 \' + data.ticketNo',
                  },
                },
              },
            ],
          },
          returnToCentre: {
            to: 'returned',
            title: {
              'zh-CN': '退回中心',
              en: 'Return to the centre',
            },
            roles: [
              'consultation-office',
            ],
            form: 'reason',
            set: {
              '/returnReason': 'payload.reason',
              '/decision': '\'退回市域社会治理中心\'',
            },
            effects: [
              {
                notify: {
                  roles: [
                    'referrer',
                  ],
                  message: {
                    'zh-CN': '协商议事室退回了工单，请按原渠道处置',
                    en: 'The office returned the ticket: handle it through the usual channel',
                  },
                },
              },
            ],
          },
        },
      },
      unitHandling: {
        title: {
          'zh-CN': '职能部门处置',
          en: 'The department handles it',
        },
        description: {
          'zh-CN': '十个工作日内（推定）报告结果；交错了的，部门提出异议由协商议事室重新甄别，部门不自行转办。',
          en: 'Ten working days (inferred) to report; a department given the wrong ticket objects and the office screens it again; it does not pass it on itself.',
        },
        deadline: {
          within: '10WD',
          warnBefore: '3WD',
          onWarn: {
            effects: [
              {
                notify: {
                  roles: [
                    'handling-unit',
                  ],
                  message: {
                    'zh-CN': '联动工单处置期限将至',
                    en: 'The linked ticket is due soon',
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
                    'referrer',
                    'consultation-office',
                    'handling-unit',
                  ],
                  message: {
                    'zh-CN': '联动工单逾期未处置',
                    en: 'The linked ticket is overdue',
                  },
                },
              },
            ],
          },
        },
        on: {
          reportResult: {
            to: 'resultReturned',
            title: {
              'zh-CN': '报告处置结果',
              en: 'Report the result',
            },
            roles: [
              'handling-unit',
            ],
            form: 'result',
            set: {
              '/result': 'payload.result',
              '/resolved': 'payload.resolved',
              '/resultFrom': '\'职能部门\'',
            },
            effects: [
              {
                notify: {
                  roles: [
                    'referrer',
                    'consultation-office',
                  ],
                  message: {
                    'zh-CN': '职能部门已报告联动工单处置结果',
                    en: 'The department reported the result',
                  },
                },
              },
            ],
          },
          objectAssignment: {
            to: 'screening',
            title: {
              'zh-CN': '提出异议（不属本部门）',
              en: 'Object (not ours)',
            },
            roles: [
              'handling-unit',
            ],
            form: 'reason',
            set: {
              '/unitObjections/-': 'payload.reason',
            },
            effects: [
              {
                notify: {
                  roles: [
                    'consultation-office',
                  ],
                  message: {
                    'zh-CN': '职能部门对联动工单提出异议，请重新甄别',
                    en: 'The department objects: screen the ticket again',
                  },
                },
              },
            ],
          },
        },
      },
      consulting: {
        title: {
          'zh-CN': '协商议事进行中',
          en: 'Consultation under way',
        },
        on: {
          recordConsultationResult: {
            to: 'resultReturned',
            title: {
              'zh-CN': '登记协商议事结果',
              en: 'Record the consultation\'s result',
            },
            roles: [
              'consultation-office',
            ],
            form: 'result',
            set: {
              '/result': 'payload.result',
              '/resolved': 'payload.resolved',
              '/resultFrom': '\'协商议事\'',
            },
            effects: [
              {
                notify: {
                  roles: [
                    'referrer',
                  ],
                  message: {
                    'zh-CN': '协商议事已有结果，请办结工单',
                    en: 'The consultation has a result: close the ticket',
                  },
                },
              },
            ],
          },
          consultationDropped: {
            to: 'screening',
            title: {
              'zh-CN': '未能立题，重新甄别',
              en: 'Not taken up: screen again',
            },
            roles: [
              'consultation-office',
            ],
            form: 'reason',
            set: {
              '/droppedReasons/-': 'payload.reason',
            },
          },
        },
      },
      resultReturned: {
        title: {
          'zh-CN': '结果反馈中心',
          en: 'Result back at the centre',
        },
        on: {
          closeTicket: {
            to: 'closed',
            title: {
              'zh-CN': '办结工单',
              en: 'Close the ticket',
            },
            roles: [
              'referrer',
            ],
            form: 'close',
            set: {
              '/closeNote': 'coalesce(payload.note, \'\')',
              '/closedAt': 'now',
            },
            effects: [
              {
                notify: {
                  roles: [
                    'consultation-office',
                  ],
                  message: {
                    'zh-CN': '12345 联动工单已办结',
                    en: 'The linked 12345 ticket is closed',
                  },
                },
              },
            ],
          },
          sendBack: {
            to: 'screening',
            title: {
              'zh-CN': '退回重新甄别',
              en: 'Send back for screening',
            },
            roles: [
              'referrer',
            ],
            form: 'reason',
            set: {
              '/sendBackReasons/-': 'payload.reason',
            },
            effects: [
              {
                notify: {
                  roles: [
                    'consultation-office',
                  ],
                  message: {
                    'zh-CN': '中心认为处置结果不足以办结，请重新甄别',
                    en: 'The centre finds the result not enough to close: screen it again',
                  },
                },
              },
            ],
          },
        },
      },
      closed: {
        title: {
          'zh-CN': '工单办结',
          en: 'Ticket closed',
        },
        type: 'final',
      },
      returned: {
        title: {
          'zh-CN': '已退回中心',
          en: 'Returned to the centre',
        },
        type: 'final',
      },
    },
  } satisfies WorkflowDefinition) as HaianHotlineTicketDefinition,
  'member-duties': ({
    id: 'member-duties',
    version: 1,
    title: {
      'zh-CN': '委员“六个一”履职考核',
      en: 'Members\' six duties (六个一) and yearly assessment',
    },
    description: {
      'zh-CN': '海安市政协委员“六个一”履职基本要求：一次专题调研、一件提案、一条社情民意信息、至少一次“有事好商量”协商议事活动、为群众做一件实事好事、力争招引一个项目或一个高层次人才。每位委员每年一件：委员登记事项及佐证，委员工委逐项确认或退回，每季度通报，年终年度述职并记录百分制得分。',
      en: 'Hai\'an\'s six basic duties of a member: one research study, one proposal, one public-opinion report, at least one 有事好商量 consultation, one practical deed for residents, and trying to attract one project or one high-level talent. One case per member per year: the member records each duty with evidence, the office confirms or returns it, a notice every quarter, and at year end an annual report and a score out of 100.',
    },
    roles: {
      member: {
        title: {
          'zh-CN': '政协委员',
          en: 'Member',
        },
        description: {
          'zh-CN': '本年度被考核的委员（/member）：只有本人能登记“六个一”履职事项和述职',
          en: 'The member assessed this year (/member): only they record their six duties and their annual report',
        },
        holders: '/member',
      },
      'members-office': {
        title: {
          'zh-CN': '政协委员工委',
          en: 'Members\' affairs office',
        },
        description: {
          'zh-CN': '服务管理委员的部门：为每位委员建立年度考核、确认或退回登记的事项、每季度通报、组织年度述职会并记录百分制得分；看得到全部委员的考核',
          en: 'Serves and manages the members: opens each member\'s yearly assessment, confirms or returns recorded duties, issues the quarterly notices, holds the annual report meeting and records the 100-point score; sees every member\'s assessment',
        },
        oversight: true,
      },
    },
    data: {
      type: 'object',
      required: [
        'member',
        'year',
      ],
      properties: {
        member: {
          type: 'string',
          minLength: 1,
          maxLength: 200,
          pattern: '^\\S+$',
        },
        year: {
          type: 'integer',
          minimum: 2000,
          maximum: 2100,
        },
        recordedItems: {
          type: 'array',
          maxItems: 200,
          items: {
            enum: [
              '专题调研',
              '提案',
              '社情民意信息',
              '有事好商量协商议事',
              '为群众办实事好事',
              '招引项目或高层次人才',
            ],
          },
        },
        recordDates: {
          type: 'array',
          maxItems: 200,
          items: {
            type: 'string',
          },
        },
        recordDescriptions: {
          type: 'array',
          maxItems: 200,
          items: {
            type: 'string',
          },
        },
        recordEvidence: {
          type: 'array',
          maxItems: 200,
          items: {
            type: 'string',
          },
        },
        confirmedItems: {
          type: 'array',
          maxItems: 200,
          items: {
            enum: [
              '专题调研',
              '提案',
              '社情民意信息',
              '有事好商量协商议事',
              '为群众办实事好事',
              '招引项目或高层次人才',
            ],
          },
        },
        returnedItems: {
          type: 'array',
          maxItems: 200,
          items: {
            enum: [
              '专题调研',
              '提案',
              '社情民意信息',
              '有事好商量协商议事',
              '为群众办实事好事',
              '招引项目或高层次人才',
            ],
          },
        },
        returnReasons: {
          type: 'array',
          maxItems: 200,
          items: {
            type: 'string',
          },
        },
        noticeQuarters: {
          type: 'array',
          maxItems: 200,
          items: {
            type: 'integer',
            minimum: 1,
            maximum: 4,
          },
        },
        notices: {
          type: 'array',
          maxItems: 200,
          items: {
            type: 'string',
          },
        },
        yearClosedEarly: {
          type: 'boolean',
        },
        debrief: {
          type: 'string',
        },
        completedCount: {
          type: 'integer',
          minimum: 0,
          maximum: 6,
        },
        score: {
          type: 'integer',
          minimum: 0,
          maximum: 100,
        },
        scoreNote: {
          type: 'string',
        },
        scoredBy: {
          type: 'string',
        },
      },
    },
    forms: {
      record: {
        title: {
          'zh-CN': '登记履职事项',
          en: 'Record a duty',
        },
        schema: {
          type: 'object',
          required: [
            'item',
            'date',
            'description',
            'evidence',
          ],
          properties: {
            item: {
              enum: [
                '专题调研',
                '提案',
                '社情民意信息',
                '有事好商量协商议事',
                '为群众办实事好事',
                '招引项目或高层次人才',
              ],
              title: '“六个一”事项',
            },
            date: {
              type: 'string',
              format: 'date',
              title: '日期',
            },
            description: {
              type: 'string',
              minLength: 5,
              maxLength: 2000,
              title: '做了什么',
            },
            evidence: {
              type: 'string',
              minLength: 2,
              maxLength: 2000,
              title: '佐证（提案号、信息标题、活动名称、项目名称等）',
            },
          },
          additionalProperties: false,
        },
        ui: {
          type: 'VerticalLayout',
          elements: [
            {
              type: 'Control',
              scope: '#/properties/item',
              label: {
                'zh-CN': '“六个一”事项',
                en: 'Which of the six',
              },
            },
            {
              type: 'Control',
              scope: '#/properties/date',
              label: {
                'zh-CN': '日期',
                en: 'Date',
              },
            },
            {
              type: 'Control',
              scope: '#/properties/description',
              label: {
                'zh-CN': '做了什么',
                en: 'What was done',
              },
              options: {
                multi: true,
              },
            },
            {
              type: 'Control',
              scope: '#/properties/evidence',
              label: {
                'zh-CN': '佐证（提案号、信息标题、活动名称、项目名称等）',
                en: 'Evidence (proposal number, report title, activity, project)',
              },
              options: {
                multi: true,
              },
            },
          ],
        },
      },
      confirm: {
        title: {
          'zh-CN': '确认履职事项',
          en: 'Confirm a duty',
        },
        schema: {
          type: 'object',
          required: [
            'item',
          ],
          properties: {
            item: {
              enum: [
                '专题调研',
                '提案',
                '社情民意信息',
                '有事好商量协商议事',
                '为群众办实事好事',
                '招引项目或高层次人才',
              ],
              title: '“六个一”事项',
            },
          },
          additionalProperties: false,
        },
        ui: {
          type: 'VerticalLayout',
          elements: [
            {
              type: 'Control',
              scope: '#/properties/item',
              label: {
                'zh-CN': '“六个一”事项',
                en: 'Which of the six',
              },
            },
          ],
        },
      },
      returnItem: {
        title: {
          'zh-CN': '退回履职事项',
          en: 'Return a duty',
        },
        schema: {
          type: 'object',
          required: [
            'item',
            'reason',
          ],
          properties: {
            item: {
              enum: [
                '专题调研',
                '提案',
                '社情民意信息',
                '有事好商量协商议事',
                '为群众办实事好事',
                '招引项目或高层次人才',
              ],
              title: '“六个一”事项',
            },
            reason: {
              type: 'string',
              minLength: 5,
              maxLength: 2000,
              title: '退回理由',
            },
          },
          additionalProperties: false,
        },
        ui: {
          type: 'VerticalLayout',
          elements: [
            {
              type: 'Control',
              scope: '#/properties/item',
              label: {
                'zh-CN': '“六个一”事项',
                en: 'Which of the six',
              },
            },
            {
              type: 'Control',
              scope: '#/properties/reason',
              label: {
                'zh-CN': '退回理由',
                en: 'Reason',
              },
              options: {
                multi: true,
              },
            },
          ],
        },
      },
      notice: {
        title: {
          'zh-CN': '季度通报',
          en: 'Quarterly notice',
        },
        schema: {
          type: 'object',
          required: [
            'quarter',
            'summary',
          ],
          properties: {
            quarter: {
              type: 'integer',
              minimum: 1,
              maximum: 4,
              title: '季度',
            },
            summary: {
              type: 'string',
              minLength: 5,
              maxLength: 5000,
              title: '通报内容',
            },
          },
          additionalProperties: false,
        },
        ui: {
          type: 'VerticalLayout',
          elements: [
            {
              type: 'Control',
              scope: '#/properties/quarter',
              label: {
                'zh-CN': '季度',
                en: 'Quarter',
              },
            },
            {
              type: 'Control',
              scope: '#/properties/summary',
              label: {
                'zh-CN': '通报内容',
                en: 'The notice',
              },
              options: {
                multi: true,
              },
            },
          ],
        },
      },
      debrief: {
        title: {
          'zh-CN': '年度述职',
          en: 'Annual report',
        },
        schema: {
          type: 'object',
          required: [
            'summary',
          ],
          properties: {
            summary: {
              type: 'string',
              minLength: 20,
              maxLength: 20000,
              title: '参加履职活动情况',
            },
          },
          additionalProperties: false,
        },
        ui: {
          type: 'VerticalLayout',
          elements: [
            {
              type: 'Control',
              scope: '#/properties/summary',
              label: {
                'zh-CN': '参加履职活动情况',
                en: 'Duties performed this year',
              },
              options: {
                multi: true,
              },
            },
          ],
        },
      },
      score: {
        title: {
          'zh-CN': '百分制得分',
          en: 'The 100-point score',
        },
        schema: {
          type: 'object',
          required: [
            'score',
          ],
          properties: {
            score: {
              type: 'integer',
              minimum: 0,
              maximum: 100,
              title: '得分（百分制，按本委考核细则）',
            },
            note: {
              type: 'string',
              minLength: 2,
              maxLength: 2000,
              title: '说明',
            },
          },
          additionalProperties: false,
        },
        ui: {
          type: 'VerticalLayout',
          elements: [
            {
              type: 'Control',
              scope: '#/properties/score',
              label: {
                'zh-CN': '得分（百分制，按本委考核细则）',
                en: 'Score (out of 100, by the committee\'s rules)',
              },
            },
            {
              type: 'Control',
              scope: '#/properties/note',
              label: {
                'zh-CN': '说明',
                en: 'Note',
              },
              options: {
                multi: true,
              },
            },
          ],
        },
      },
    },
    initial: 'year',
    states: {
      year: {
        title: {
          'zh-CN': '年度履职',
          en: 'The year\'s duties',
        },
        description: {
          'zh-CN': '一年内委员登记“六个一”事项及佐证，委员工委逐项确认或退回；每季度通报一次。一年期满（或委员工委提前结束年度）进入年度述职。',
          en: 'Through the year the member records the six duties with evidence and the office confirms or returns each; a notice every quarter. When the year is up (or the office closes it early) the annual report follows.',
        },
        deadline: {
          within: 'P1Y',
          warnBefore: 'P1M',
          onWarn: {
            effects: [
              {
                notify: {
                  roles: [
                    'member',
                    'members-office',
                  ],
                  message: {
                    'zh-CN': '本年度即将结束，请补齐“六个一”履职事项',
                    en: 'The year ends soon: complete the six duties',
                  },
                },
              },
            ],
          },
          onExpire: {
            to: 'debriefing',
            effects: [
              {
                notify: {
                  roles: [
                    'member',
                    'members-office',
                  ],
                  message: {
                    'zh-CN': '年度已结束，请准备年度述职',
                    en: 'The year has ended: prepare the annual report',
                  },
                },
              },
            ],
          },
        },
        on: {
          recordItem: {
            title: {
              'zh-CN': '登记履职事项',
              en: 'Record a duty',
            },
            roles: [
              'member',
            ],
            form: 'record',
            set: {
              '/recordedItems/-': 'payload.item',
              '/recordDates/-': 'payload.date',
              '/recordDescriptions/-': 'payload.description',
              '/recordEvidence/-': 'payload.evidence',
            },
            effects: [
              {
                notify: {
                  roles: [
                    'members-office',
                  ],
                  message: {
                    'zh-CN': '委员登记了履职事项，请确认',
                    en: 'A member recorded a duty: please confirm it',
                  },
                },
              },
            ],
          },
          confirmItem: {
            title: {
              'zh-CN': '确认履职事项',
              en: 'Confirm a duty',
            },
            roles: [
              'members-office',
            ],
            form: 'confirm',
            when: 'actor.id != data.member && payload.item in coalesce(data.recordedItems, []) && !(payload.item in coalesce(data.confirmedItems, []))',
            set: {
              '/confirmedItems/-': 'payload.item',
            },
            effects: [
              {
                notify: {
                  roles: [
                    'member',
                  ],
                  message: {
                    'zh-CN': '您登记的履职事项已确认',
                    en: 'Your duty was confirmed',
                  },
                },
              },
            ],
          },
          returnItem: {
            title: {
              'zh-CN': '退回履职事项',
              en: 'Return a duty',
            },
            roles: [
              'members-office',
            ],
            form: 'returnItem',
            when: 'actor.id != data.member && payload.item in coalesce(data.recordedItems, []) && !(payload.item in coalesce(data.confirmedItems, []))',
            set: {
              '/returnedItems/-': 'payload.item',
              '/returnReasons/-': 'payload.reason',
            },
            effects: [
              {
                notify: {
                  roles: [
                    'member',
                  ],
                  message: {
                    'zh-CN': '您登记的履职事项被退回，请补充佐证后重新登记',
                    en: 'Your duty was returned: add evidence and record it again',
                  },
                },
              },
            ],
          },
          closeYear: {
            to: 'debriefing',
            title: {
              'zh-CN': '结束年度，进入述职',
              en: 'Close the year',
            },
            roles: [
              'members-office',
            ],
            optional: true,
            set: {
              '/yearClosedEarly': 'true',
            },
            effects: [
              {
                notify: {
                  roles: [
                    'member',
                  ],
                  message: {
                    'zh-CN': '年度履职登记已结束，请准备年度述职',
                    en: 'The year\'s record is closed: prepare the annual report',
                  },
                },
              },
            ],
          },
        },
        initial: 'quarter',
        states: {
          quarter: {
            title: {
              'zh-CN': '本季度',
              en: 'This quarter',
            },
            description: {
              'zh-CN': '每季度通报委员履职情况：委员工委发出通报即开始下一个季度；三个月未通报，提醒委员工委。',
              en: 'A notice of the member\'s duties every quarter: issuing one starts the next quarter; three months without one, the office is reminded.',
            },
            deadline: {
              within: 'P3M',
              warnBefore: 'P10D',
              onWarn: {
                effects: [
                  {
                    notify: {
                      roles: [
                        'members-office',
                      ],
                      message: {
                        'zh-CN': '请通报本季度委员履职情况',
                        en: 'Issue this quarter\'s notice',
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
                        'members-office',
                      ],
                      message: {
                        'zh-CN': '本季度委员履职情况尚未通报',
                        en: 'This quarter\'s notice has not been issued',
                      },
                    },
                  },
                ],
              },
            },
            on: {
              issueQuarterlyNotice: {
                to: 'quarter',
                title: {
                  'zh-CN': '季度通报',
                  en: 'Issue the quarterly notice',
                },
                roles: [
                  'members-office',
                ],
                form: 'notice',
                set: {
                  '/noticeQuarters/-': 'payload.quarter',
                  '/notices/-': 'payload.summary',
                },
                effects: [
                  {
                    notify: {
                      roles: [
                        'member',
                      ],
                      message: {
                        'zh-CN': '本季度委员履职情况通报已发出',
                        en: 'This quarter\'s notice has been issued',
                      },
                    },
                  },
                ],
              },
            },
          },
        },
      },
      debriefing: {
        title: {
          'zh-CN': '年度述职',
          en: 'Annual report',
        },
        description: {
          'zh-CN': '委员在年度述职会议上汇报参加履职活动情况，并提交述职材料；十五个工作日内（推定），逾期提醒。',
          en: 'The member reports at the annual meeting on the duties performed and hands in the written report; fifteen working days (inferred), then a reminder.',
        },
        deadline: {
          within: '15WD',
          onExpire: {
            effects: [
              {
                notify: {
                  roles: [
                    'member',
                    'members-office',
                  ],
                  message: {
                    'zh-CN': '年度述职材料逾期未提交',
                    en: 'The annual report is overdue',
                  },
                },
              },
            ],
          },
        },
        on: {
          submitDebrief: {
            to: 'scoring',
            title: {
              'zh-CN': '提交述职',
              en: 'Submit the annual report',
            },
            roles: [
              'member',
            ],
            form: 'debrief',
            set: {
              '/debrief': 'payload.summary',
            },
            effects: [
              {
                notify: {
                  roles: [
                    'members-office',
                  ],
                  message: {
                    'zh-CN': '委员已述职，请量化打分',
                    en: 'The member has reported: please score',
                  },
                },
              },
            ],
          },
        },
      },
      scoring: {
        title: {
          'zh-CN': '量化打分（百分制）',
          en: 'Scoring (out of 100)',
        },
        description: {
          'zh-CN': '委员工委记录百分制得分；各项权重未见出处，由本委细则决定，本流程只记录所给的分数和已确认的“六个一”项数。委员不能给自己打分。',
          en: 'The office records the score out of 100; the weights have no source and are the committee\'s own rules, so this workflow records the score given and the number of the six duties confirmed. Nobody scores themselves.',
        },
        on: {
          recordScore: {
            to: 'assessed',
            title: {
              'zh-CN': '记录得分',
              en: 'Record the score',
            },
            roles: [
              'members-office',
            ],
            form: 'score',
            when: 'actor.id != data.member',
            set: {
              '/score': 'payload.score',
              '/scoreNote': 'coalesce(payload.note, \'\')',
              '/scoredBy': 'actor.id',
              '/completedCount': 'len(coalesce(data.confirmedItems, []))',
            },
            effects: [
              {
                notify: {
                  roles: [
                    'member',
                  ],
                  message: {
                    'zh-CN': '您的年度履职考核得分已记录',
                    en: 'Your assessment score was recorded',
                  },
                },
              },
            ],
          },
        },
      },
      assessed: {
        title: {
          'zh-CN': '考核完成',
          en: 'Assessed',
        },
        type: 'final',
      },
    },
  } satisfies WorkflowDefinition) as HaianMemberDutiesDefinition,
} as const;
