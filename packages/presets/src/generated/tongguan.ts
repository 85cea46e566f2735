/* Generated from the tongguan preset by scripts/build-presets.ts. Do not edit by hand. */
import type { BuiltinPayloads, TypedDefinition, WorkflowDefinition } from '@luzhi/engine';

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
  'duty-report': ({
    id: 'duty-report',
    version: 1,
    title: {
      'zh-CN': '政协常委年度履职报告',
      en: 'Standing-committee members\' annual duty reports',
    },
    description: {
      'zh-CN': '铜官区政协“建立政协常委提交年度履职报告工作机制”：常委本人撰写并按期提交年度履职报告（逾期催交并报主席会议），区政协办公室审核（退回补充或通过），向常委会报告后归入委员履职档案。期限、审核和报告方式未见出处，为推定。',
      en: 'Tongguan\'s mechanism for standing-committee members to file an annual duty report: the member drafts and submits it on time (chased and reported to the chair\'s council when late), the office reviews it (returned for completion or accepted), it is presented to the standing committee and filed in the member\'s record. The periods, the review and the ways of presenting have no source and are inferred.',
    },
    roles: {
      member: {
        title: {
          'zh-CN': '政协常委',
          en: 'Standing-committee member',
        },
        description: {
          'zh-CN': '提交年度履职报告的常委：创建本人的报告（发起人），只有本人能撰写、提交、补充',
          en: 'The standing-committee member who files the annual duty report: starts their own report, and only they draft, submit and complete it',
        },
        holders: 'starter',
      },
      office: {
        title: {
          'zh-CN': '区政协办公室',
          en: 'CPPCC district office',
        },
        description: {
          'zh-CN': '审核年度履职报告（退回补充或通过）、催交、记录向常委会报告的情况、归档；看得到全部报告',
          en: 'Reviews the reports (returns them for completion or accepts them), chases late ones, records the presentation to the standing committee, files them; sees every report',
        },
        oversight: true,
      },
      'chair-council': {
        title: {
          'zh-CN': '区政协主席会议',
          en: 'Chair\'s council',
        },
        description: {
          'zh-CN': '常委逾期未交年度履职报告时收到通知',
          en: 'Told when a member\'s report is overdue',
        },
      },
      'standing-committee': {
        title: {
          'zh-CN': '区政协常委会',
          en: 'Standing committee',
        },
        description: {
          'zh-CN': '听取或收阅常委的年度履职报告',
          en: 'Hears or receives the members\' annual reports',
        },
      },
    },
    data: {
      type: 'object',
      required: [
        'year',
      ],
      properties: {
        year: {
          type: 'integer',
          minimum: 2000,
          maximum: 2100,
        },
        member: {
          type: 'string',
          minLength: 1,
          maxLength: 200,
          pattern: '^\\S+$',
        },
        dutySummary: {
          type: 'string',
          minLength: 20,
          maxLength: 20000,
        },
        meetings: {
          type: 'integer',
          minimum: 0,
        },
        proposals: {
          type: 'integer',
          minimum: 0,
        },
        publicOpinion: {
          type: 'integer',
          minimum: 0,
        },
        sectorLiaison: {
          type: 'string',
        },
        nextYearPlan: {
          type: 'string',
        },
        submittedAt: {
          type: 'string',
        },
        late: {
          type: 'boolean',
        },
        reminders: {
          type: 'integer',
          minimum: 0,
        },
        returnCount: {
          type: 'integer',
          minimum: 0,
        },
        returnReason: {
          type: 'string',
        },
        reviewedBy: {
          type: 'string',
        },
        reviewNote: {
          type: 'string',
        },
        presentedAt: {
          type: 'string',
        },
        presentedMeeting: {
          type: 'string',
        },
        presentationMode: {
          enum: [
            '常委会会议上报告',
            '书面印发常委会组成人员',
          ],
        },
      },
    },
    forms: {
      report: {
        title: {
          'zh-CN': '年度履职报告',
          en: 'Annual duty report',
        },
        schema: {
          type: 'object',
          required: [
            'dutySummary',
            'meetings',
            'proposals',
            'publicOpinion',
            'nextYearPlan',
          ],
          properties: {
            dutySummary: {
              type: 'string',
              minLength: 20,
              maxLength: 20000,
              title: '年度履职情况',
            },
            meetings: {
              type: 'integer',
              minimum: 0,
              maximum: 1000,
              title: '参加会议、视察、调研次数',
            },
            proposals: {
              type: 'integer',
              minimum: 0,
              maximum: 1000,
              title: '提交提案件数',
            },
            publicOpinion: {
              type: 'integer',
              minimum: 0,
              maximum: 1000,
              title: '报送社情民意信息条数',
            },
            sectorLiaison: {
              type: 'string',
              minLength: 2,
              maxLength: 5000,
              title: '联系界别群众情况',
            },
            nextYearPlan: {
              type: 'string',
              minLength: 5,
              maxLength: 5000,
              title: '存在不足与下一年打算',
            },
          },
          additionalProperties: false,
        },
        ui: {
          type: 'VerticalLayout',
          elements: [
            {
              type: 'Control',
              scope: '#/properties/dutySummary',
              label: {
                'zh-CN': '年度履职情况',
                en: 'The year\'s duties performed',
              },
              options: {
                multi: true,
              },
            },
            {
              type: 'Control',
              scope: '#/properties/meetings',
              label: {
                'zh-CN': '参加会议、视察、调研次数',
                en: 'Meetings, inspections and research attended',
              },
            },
            {
              type: 'Control',
              scope: '#/properties/proposals',
              label: {
                'zh-CN': '提交提案件数',
                en: 'Proposals submitted',
              },
            },
            {
              type: 'Control',
              scope: '#/properties/publicOpinion',
              label: {
                'zh-CN': '报送社情民意信息条数',
                en: 'Public-opinion reports sent',
              },
            },
            {
              type: 'Control',
              scope: '#/properties/sectorLiaison',
              label: {
                'zh-CN': '联系界别群众情况',
                en: 'Contact with the sector and the public',
              },
              options: {
                multi: true,
              },
            },
            {
              type: 'Control',
              scope: '#/properties/nextYearPlan',
              label: {
                'zh-CN': '存在不足与下一年打算',
                en: 'Shortcomings and next year\'s plan',
              },
              options: {
                multi: true,
              },
            },
          ],
        },
      },
      returnForCompletion: {
        title: {
          'zh-CN': '退回补充',
          en: 'Return for completion',
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
              title: '需要补充的内容',
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
                'zh-CN': '需要补充的内容',
                en: 'What to complete',
              },
              options: {
                multi: true,
              },
            },
          ],
        },
      },
      accept: {
        title: {
          'zh-CN': '审核通过',
          en: 'Accept',
        },
        schema: {
          type: 'object',
          properties: {
            note: {
              type: 'string',
              minLength: 2,
              maxLength: 2000,
              title: '审核意见（可不填）',
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
                'zh-CN': '审核意见（可不填）',
                en: 'Note (optional)',
              },
              options: {
                multi: true,
              },
            },
          ],
        },
      },
      presentation: {
        title: {
          'zh-CN': '记录向常委会报告',
          en: 'Record the presentation',
        },
        schema: {
          type: 'object',
          required: [
            'meeting',
            'date',
            'mode',
          ],
          properties: {
            meeting: {
              type: 'string',
              minLength: 4,
              maxLength: 200,
              title: '会议（如区政协常委会第几次会议）',
            },
            date: {
              type: 'string',
              format: 'date',
              title: '日期',
            },
            mode: {
              enum: [
                '常委会会议上报告',
                '书面印发常委会组成人员',
              ],
              title: '方式',
            },
          },
          additionalProperties: false,
        },
        ui: {
          type: 'VerticalLayout',
          elements: [
            {
              type: 'Control',
              scope: '#/properties/meeting',
              label: {
                'zh-CN': '会议（如区政协常委会第几次会议）',
                en: 'Meeting',
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
              scope: '#/properties/mode',
              label: {
                'zh-CN': '方式',
                en: 'How',
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
          'zh-CN': '撰写年度履职报告',
          en: 'Drafting the report',
        },
        description: {
          'zh-CN': '常委撰写本人年度履职报告；一个月内提交，期前七天提醒，逾期转入“逾期未交”并报主席会议（期限为推定）。',
          en: 'The member drafts their report; due within a month, reminded seven days before; once overdue it moves to 逾期未交 and the chair\'s council is told (the period is inferred).',
        },
        deadline: {
          within: 'P1M',
          warnBefore: 'P7D',
          onWarn: {
            effects: [
              {
                notify: {
                  roles: [
                    'member',
                  ],
                  message: {
                    'zh-CN': '年度履职报告提交期限将至',
                    en: 'Your annual report is due soon',
                  },
                },
              },
            ],
          },
          onExpire: {
            to: 'overdue',
            effects: [
              {
                notify: {
                  roles: [
                    'member',
                    'office',
                    'chair-council',
                  ],
                  message: {
                    'zh-CN': '常委年度履职报告逾期未交',
                    en: 'A member\'s annual report is overdue',
                  },
                },
              },
            ],
          },
        },
        on: {
          submit: {
            to: 'reviewing',
            title: {
              'zh-CN': '提交年度履职报告',
              en: 'Submit the report',
            },
            roles: [
              'member',
            ],
            form: 'report',
            set: {
              '/member': 'actor.id',
              '/submittedAt': 'now',
              '/late': 'false',
              '/dutySummary': 'payload.dutySummary',
              '/meetings': 'payload.meetings',
              '/proposals': 'payload.proposals',
              '/publicOpinion': 'payload.publicOpinion',
              '/sectorLiaison': 'coalesce(payload.sectorLiaison, \'\')',
              '/nextYearPlan': 'payload.nextYearPlan',
            },
            effects: [
              {
                notify: {
                  roles: [
                    'office',
                  ],
                  message: {
                    'zh-CN': '常委提交了年度履职报告，请审核',
                    en: 'A member submitted their annual report: please review it',
                  },
                },
              },
            ],
          },
          remind: {
            title: {
              'zh-CN': '催交',
              en: 'Chase',
            },
            roles: [
              'office',
            ],
            optional: true,
            set: {
              '/reminders': 'coalesce(data.reminders, 0) + 1',
            },
            effects: [
              {
                notify: {
                  roles: [
                    'member',
                  ],
                  message: {
                    'zh-CN': '请按时提交年度履职报告',
                    en: 'Please submit your annual duty report',
                  },
                },
              },
            ],
          },
        },
      },
      overdue: {
        title: {
          'zh-CN': '逾期未交',
          en: 'Overdue',
        },
        description: {
          'zh-CN': '逾期后常委仍可提交，报告记为逾期提交；办公室可继续催交。',
          en: 'The member may still submit, recorded as late; the office may keep chasing.',
        },
        on: {
          submit: {
            to: 'reviewing',
            title: {
              'zh-CN': '提交年度履职报告',
              en: 'Submit the report',
            },
            roles: [
              'member',
            ],
            form: 'report',
            set: {
              '/member': 'actor.id',
              '/submittedAt': 'now',
              '/late': 'true',
              '/dutySummary': 'payload.dutySummary',
              '/meetings': 'payload.meetings',
              '/proposals': 'payload.proposals',
              '/publicOpinion': 'payload.publicOpinion',
              '/sectorLiaison': 'coalesce(payload.sectorLiaison, \'\')',
              '/nextYearPlan': 'payload.nextYearPlan',
            },
            effects: [
              {
                notify: {
                  roles: [
                    'office',
                  ],
                  message: {
                    'zh-CN': '常委提交了年度履职报告，请审核',
                    en: 'A member submitted their annual report: please review it',
                  },
                },
              },
            ],
          },
          remind: {
            title: {
              'zh-CN': '催交',
              en: 'Chase',
            },
            roles: [
              'office',
            ],
            optional: true,
            set: {
              '/reminders': 'coalesce(data.reminders, 0) + 1',
            },
            effects: [
              {
                notify: {
                  roles: [
                    'member',
                  ],
                  message: {
                    'zh-CN': '请按时提交年度履职报告',
                    en: 'Please submit your annual duty report',
                  },
                },
              },
            ],
          },
        },
      },
      reviewing: {
        title: {
          'zh-CN': '办公室审核',
          en: 'Office review',
        },
        description: {
          'zh-CN': '办公室审核报告是否完整：退回补充，或通过。审核人不能是报告人本人。十个工作日内审核（推定）。',
          en: 'The office checks the report is complete: returns it for completion or accepts it. Nobody reviews their own report. Ten working days (inferred).',
        },
        deadline: {
          within: '10WD',
          warnBefore: '3WD',
          onWarn: {
            effects: [
              {
                notify: {
                  roles: [
                    'office',
                  ],
                  message: {
                    'zh-CN': '常委年度履职报告待审核，期限将至',
                    en: 'A report awaits review and is due soon',
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
                    'office',
                    'chair-council',
                  ],
                  message: {
                    'zh-CN': '常委年度履职报告逾期未审核',
                    en: 'A report was not reviewed in time',
                  },
                },
              },
            ],
          },
        },
        on: {
          returnForCompletion: {
            to: 'revising',
            title: {
              'zh-CN': '退回补充',
              en: 'Return for completion',
            },
            roles: [
              'office',
            ],
            form: 'returnForCompletion',
            when: 'actor.id != data.member',
            set: {
              '/returnCount': 'coalesce(data.returnCount, 0) + 1',
              '/returnReason': 'payload.reason',
            },
            effects: [
              {
                notify: {
                  roles: [
                    'member',
                  ],
                  message: {
                    'zh-CN': '您的年度履职报告被退回补充，请查看意见',
                    en: 'Your report was returned for completion; see the note',
                  },
                },
              },
            ],
          },
          accept: {
            to: 'presenting',
            title: {
              'zh-CN': '审核通过',
              en: 'Accept',
            },
            roles: [
              'office',
            ],
            form: 'accept',
            when: 'actor.id != data.member',
            set: {
              '/reviewedBy': 'actor.id',
              '/reviewNote': 'coalesce(payload.note, \'\')',
            },
            effects: [
              {
                notify: {
                  roles: [
                    'member',
                  ],
                  message: {
                    'zh-CN': '您的年度履职报告已审核通过',
                    en: 'Your report was accepted',
                  },
                },
              },
            ],
          },
        },
      },
      revising: {
        title: {
          'zh-CN': '补充完善',
          en: 'Completing the report',
        },
        description: {
          'zh-CN': '常委按意见补充后再次提交；十个工作日内（推定），逾期提醒办公室。',
          en: 'The member completes and resubmits it; ten working days (inferred), after which the office is told.',
        },
        deadline: {
          within: '10WD',
          onExpire: {
            effects: [
              {
                notify: {
                  roles: [
                    'member',
                    'office',
                  ],
                  message: {
                    'zh-CN': '退回补充的年度履职报告逾期未再次提交',
                    en: 'A returned report was not resubmitted in time',
                  },
                },
              },
            ],
          },
        },
        on: {
          resubmit: {
            to: 'reviewing',
            title: {
              'zh-CN': '再次提交',
              en: 'Resubmit',
            },
            roles: [
              'member',
            ],
            form: 'report',
            set: {
              '/submittedAt': 'now',
              '/dutySummary': 'payload.dutySummary',
              '/meetings': 'payload.meetings',
              '/proposals': 'payload.proposals',
              '/publicOpinion': 'payload.publicOpinion',
              '/sectorLiaison': 'coalesce(payload.sectorLiaison, \'\')',
              '/nextYearPlan': 'payload.nextYearPlan',
            },
            effects: [
              {
                notify: {
                  roles: [
                    'office',
                  ],
                  message: {
                    'zh-CN': '常委提交了年度履职报告，请审核',
                    en: 'A member submitted their annual report: please review it',
                  },
                },
              },
            ],
          },
        },
      },
      presenting: {
        title: {
          'zh-CN': '向常委会报告',
          en: 'Presenting to the standing committee',
        },
        description: {
          'zh-CN': '在常委会会议上报告，或书面印发常委会组成人员；办公室记录会议、日期和方式（方式为推定）。',
          en: 'Presented at a standing-committee meeting, or circulated in writing to its members; the office records the meeting, date and way (the ways are inferred).',
        },
        on: {
          recordPresentation: {
            to: 'archived',
            title: {
              'zh-CN': '记录报告情况并归档',
              en: 'Record the presentation and file',
            },
            roles: [
              'office',
            ],
            form: 'presentation',
            set: {
              '/presentedMeeting': 'payload.meeting',
              '/presentedAt': 'payload.date',
              '/presentationMode': 'payload.mode',
            },
            effects: [
              {
                notify: {
                  roles: [
                    'member',
                    'standing-committee',
                  ],
                  message: {
                    'zh-CN': '常委年度履职报告已向常委会报告并归档',
                    en: 'The member\'s annual report was presented to the standing committee and filed',
                  },
                },
              },
            ],
          },
        },
      },
      archived: {
        title: {
          'zh-CN': '归档（委员履职档案）',
          en: 'Filed in the member\'s record',
        },
        type: 'final',
      },
    },
  } satisfies WorkflowDefinition) as TongguanDutyReportDefinition,
} as const;
