/* Generated from the qingjiangpu preset by scripts/build-presets.ts. Do not edit by hand. */
import type { BuiltinPayloads, TypedDefinition, WorkflowDefinition } from '@luzhi/engine';

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
  'joint-supervision': ({
    id: 'joint-supervision',
    version: 1,
    title: {
      'zh-CN': '协同监督：三清单一评议一报告',
      en: 'Joint supervision: three lists, one review, one report',
    },
    description: {
      'zh-CN': '清江浦区政协与区纪委监委协同监督：政协主席任组长、纪委书记任副组长的领导小组；问题清单、责任与建议清单经领导小组审定后，各责任单位逐项整改（每单位一个分支），整改到位后满意度评议，不满意的重新整改，满意或基本满意的形成监督报告，由组长签发报送区委；其间每季度至少记录一次联席会议。“三清单”的具体内容没有公开定义，本流程的划分是推定。',
      en: 'Qingjiangpu\'s joint supervision by the CPPCC and the district discipline commission: a leading group with the CPPCC chair as head and the discipline commission secretary as deputy; once the group has approved the issue list and the responsibility and recommendation lists, each responsible unit fixes its items (a branch per unit); then a satisfaction review sends unsatisfactory work back and otherwise leads to a supervision report, signed by the head and sent to the district committee; meanwhile at least one joint meeting a quarter is recorded. What the three lists hold is not defined anywhere public: this division is inferred.',
    },
    roles: {
      'supervision-office': {
        title: {
          'zh-CN': '政协协同监督办公室',
          en: 'Joint supervision office (CPPCC)',
        },
        description: {
          'zh-CN': '区政协机关承担协同监督日常工作的部门：发起监督、整理三张清单、审核整改、组织满意度评议、起草监督报告、记录联席会议；看得到全部协同监督事项',
          en: 'The CPPCC office that runs joint supervision day to day: launches it, draws up the three lists, checks fixes, runs the satisfaction review, drafts the report, records the joint meetings; sees every case',
        },
        oversight: true,
      },
      'discipline-commission': {
        title: {
          'zh-CN': '区纪委监委',
          en: 'District discipline commission',
        },
        description: {
          'zh-CN': '协同监督的另一方：与政协机关一同审核整改情况；收到监督报告；看得到全部协同监督事项',
          en: 'The other side of joint supervision: checks fixes with the CPPCC office; receives the report; sees every case',
        },
        oversight: true,
      },
      'leading-group-head': {
        title: {
          'zh-CN': '协同监督领导小组组长（政协主席）',
          en: 'Head of the leading group (CPPCC chair)',
        },
        description: {
          'zh-CN': '本次协同监督领导小组的组长（/groupHead）：审定三张清单，签发监督报告',
          en: 'Head of this case\'s leading group (/groupHead): approves the lists, signs the report',
        },
        holders: '/groupHead',
        transfer: [
          'supervision-office',
        ],
      },
      'leading-group-deputy': {
        title: {
          'zh-CN': '协同监督领导小组副组长（纪委书记）',
          en: 'Deputy head of the leading group (discipline commission secretary)',
        },
        description: {
          'zh-CN': '本次协同监督领导小组的副组长（/groupDeputy）：会签三张清单',
          en: 'Deputy head of this case\'s leading group (/groupDeputy): countersigns the lists',
        },
        holders: '/groupDeputy',
        transfer: [
          'supervision-office',
        ],
      },
      'responsible-unit': {
        title: {
          'zh-CN': '责任单位',
          en: 'Responsible unit',
        },
        description: {
          'zh-CN': '责任清单列出的单位：只在本单位的分支上报告整改情况',
          en: 'A unit on the responsibility list: reports its fixes on its own branch only',
        },
        scope: 'unit',
      },
      'district-committee': {
        title: {
          'zh-CN': '区委',
          en: 'District party committee',
        },
        description: {
          'zh-CN': '接收监督报告',
          en: 'Receives the supervision report',
        },
      },
    },
    data: {
      type: 'object',
      properties: {
        topic: {
          type: 'string',
          minLength: 4,
          maxLength: 100,
        },
        topicClass: {
          enum: [
            '营商环境',
            '小区物业',
            '其他',
          ],
        },
        groupHead: {
          type: 'string',
          minLength: 1,
          maxLength: 200,
          pattern: '^\\S+$',
        },
        groupDeputy: {
          type: 'string',
          minLength: 1,
          maxLength: 200,
          pattern: '^\\S+$',
        },
        issues: {
          type: 'array',
          minItems: 1,
          maxItems: 50,
          items: {
            type: 'object',
            required: [
              'title',
              'detail',
            ],
            additionalProperties: false,
            properties: {
              title: {
                type: 'string',
                minLength: 4,
                maxLength: 100,
              },
              detail: {
                type: 'string',
                minLength: 5,
                maxLength: 2000,
              },
            },
          },
        },
        units: {
          type: 'array',
          maxItems: 30,
          uniqueItems: true,
          items: {
            type: 'string',
            minLength: 2,
            maxLength: 60,
            pattern: '^\\S(.*\\S)?$',
          },
        },
        entries: {
          type: 'array',
          maxItems: 100,
          items: {
            type: 'object',
            required: [
              'unit',
              'issue',
              'responsibility',
              'recommendation',
            ],
            additionalProperties: false,
            properties: {
              unit: {
                type: 'string',
                minLength: 2,
                maxLength: 60,
                pattern: '^\\S(.*\\S)?$',
              },
              issue: {
                type: 'string',
                minLength: 4,
                maxLength: 100,
              },
              responsibility: {
                type: 'string',
                minLength: 4,
                maxLength: 2000,
              },
              recommendation: {
                type: 'string',
                minLength: 4,
                maxLength: 2000,
              },
            },
          },
        },
        listReturns: {
          type: 'integer',
          minimum: 0,
        },
        listReturnReason: {
          type: 'string',
          minLength: 5,
          maxLength: 2000,
        },
        rectifiedUnits: {
          type: 'array',
          maxItems: 30,
          items: {
            type: 'string',
            minLength: 2,
            maxLength: 60,
            pattern: '^\\S(.*\\S)?$',
          },
        },
        rectificationReports: {
          type: 'array',
          maxItems: 500,
          items: {
            type: 'string',
          },
        },
        rectificationReturns: {
          type: 'integer',
          minimum: 0,
        },
        satisfaction: {
          enum: [
            '满意',
            '基本满意',
            '不满意',
          ],
        },
        reviewParticipants: {
          type: 'integer',
          minimum: 1,
        },
        reviewRound: {
          type: 'integer',
          minimum: 0,
        },
        reviewNote: {
          type: 'string',
          maxLength: 2000,
        },
        report: {
          type: 'string',
          minLength: 20,
          maxLength: 20000,
        },
        reportReturns: {
          type: 'integer',
          minimum: 0,
        },
        reportedAt: {
          type: 'string',
        },
        jointMeetingDates: {
          type: 'array',
          maxItems: 200,
          items: {
            type: 'string',
          },
        },
        jointMeetingMinutes: {
          type: 'array',
          maxItems: 200,
          items: {
            type: 'string',
          },
        },
      },
    },
    forms: {
      launch: {
        title: {
          'zh-CN': '启动协同监督',
          en: 'Launch joint supervision',
        },
        schema: {
          type: 'object',
          required: [
            'topic',
            'topicClass',
            'groupHead',
            'groupDeputy',
          ],
          properties: {
            topic: {
              type: 'string',
              minLength: 4,
              maxLength: 100,
              title: '监督议题',
            },
            topicClass: {
              enum: [
                '营商环境',
                '小区物业',
                '其他',
              ],
              title: '议题类别',
            },
            groupHead: {
              type: 'string',
              minLength: 1,
              maxLength: 200,
              pattern: '^\\S+$',
              title: '领导小组组长（政协主席，用户标识）',
            },
            groupDeputy: {
              type: 'string',
              minLength: 1,
              maxLength: 200,
              pattern: '^\\S+$',
              title: '领导小组副组长（纪委书记，用户标识）',
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
                'zh-CN': '监督议题',
                en: 'Topic',
              },
            },
            {
              type: 'Control',
              scope: '#/properties/topicClass',
              label: {
                'zh-CN': '议题类别',
                en: 'Class of topic',
              },
            },
            {
              type: 'Control',
              scope: '#/properties/groupHead',
              label: {
                'zh-CN': '领导小组组长（政协主席，用户标识）',
                en: 'Head of the leading group (CPPCC chair, user id)',
              },
            },
            {
              type: 'Control',
              scope: '#/properties/groupDeputy',
              label: {
                'zh-CN': '领导小组副组长（纪委书记，用户标识）',
                en: 'Deputy head (discipline commission secretary, user id)',
              },
            },
          ],
        },
      },
      issues: {
        title: {
          'zh-CN': '问题清单',
          en: 'The issue list',
        },
        schema: {
          type: 'object',
          required: [
            'issues',
          ],
          properties: {
            issues: {
              type: 'array',
              minItems: 1,
              maxItems: 50,
              items: {
                type: 'object',
                required: [
                  'title',
                  'detail',
                ],
                additionalProperties: false,
                properties: {
                  title: {
                    type: 'string',
                    minLength: 4,
                    maxLength: 100,
                  },
                  detail: {
                    type: 'string',
                    minLength: 5,
                    maxLength: 2000,
                  },
                },
              },
              title: '问题清单（逐项：问题、具体情况）',
            },
          },
          additionalProperties: false,
        },
        ui: {
          type: 'VerticalLayout',
          elements: [
            {
              type: 'Control',
              scope: '#/properties/issues',
              label: {
                'zh-CN': '问题清单（逐项：问题、具体情况）',
                en: 'Issues (each: the issue, its details)',
              },
            },
          ],
        },
      },
      responsibilities: {
        title: {
          'zh-CN': '责任清单与建议清单',
          en: 'The responsibility and recommendation lists',
        },
        schema: {
          type: 'object',
          required: [
            'units',
            'entries',
          ],
          properties: {
            units: {
              type: 'array',
              minItems: 1,
              maxItems: 30,
              uniqueItems: true,
              items: {
                type: 'string',
                minLength: 2,
                maxLength: 60,
                pattern: '^\\S(.*\\S)?$',
              },
              title: '责任单位',
            },
            entries: {
              type: 'array',
              minItems: 1,
              maxItems: 100,
              items: {
                type: 'object',
                required: [
                  'unit',
                  'issue',
                  'responsibility',
                  'recommendation',
                ],
                additionalProperties: false,
                properties: {
                  unit: {
                    type: 'string',
                    minLength: 2,
                    maxLength: 60,
                    pattern: '^\\S(.*\\S)?$',
                  },
                  issue: {
                    type: 'string',
                    minLength: 4,
                    maxLength: 100,
                  },
                  responsibility: {
                    type: 'string',
                    minLength: 4,
                    maxLength: 2000,
                  },
                  recommendation: {
                    type: 'string',
                    minLength: 4,
                    maxLength: 2000,
                  },
                },
              },
              title: '逐项：责任单位、对应问题、责任、整改建议',
            },
          },
          additionalProperties: false,
        },
        ui: {
          type: 'VerticalLayout',
          elements: [
            {
              type: 'Control',
              scope: '#/properties/units',
              label: {
                'zh-CN': '责任单位',
                en: 'Responsible units',
              },
            },
            {
              type: 'Control',
              scope: '#/properties/entries',
              label: {
                'zh-CN': '逐项：责任单位、对应问题、责任、整改建议',
                en: 'Each entry: unit, issue, responsibility, recommendation',
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
      rectification: {
        title: {
          'zh-CN': '报告整改情况',
          en: 'Report the fixes',
        },
        schema: {
          type: 'object',
          required: [
            'measures',
          ],
          properties: {
            measures: {
              type: 'string',
              minLength: 10,
              maxLength: 5000,
              title: '整改措施与成效',
            },
          },
          additionalProperties: false,
        },
        ui: {
          type: 'VerticalLayout',
          elements: [
            {
              type: 'Control',
              scope: '#/properties/measures',
              label: {
                'zh-CN': '整改措施与成效',
                en: 'Measures taken and results',
              },
              options: {
                multi: true,
              },
            },
          ],
        },
      },
      review: {
        title: {
          'zh-CN': '满意度评议结果',
          en: 'Result of the satisfaction review',
        },
        schema: {
          type: 'object',
          required: [
            'satisfaction',
            'participants',
          ],
          properties: {
            satisfaction: {
              enum: [
                '满意',
                '基本满意',
                '不满意',
              ],
              title: '评议结果',
            },
            participants: {
              type: 'integer',
              minimum: 1,
              maximum: 10000,
              title: '参加评议人数',
            },
            note: {
              type: 'string',
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
              scope: '#/properties/satisfaction',
              label: {
                'zh-CN': '评议结果',
                en: 'Result',
              },
            },
            {
              type: 'Control',
              scope: '#/properties/participants',
              label: {
                'zh-CN': '参加评议人数',
                en: 'People who took part',
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
      report: {
        title: {
          'zh-CN': '监督报告',
          en: 'Supervision report',
        },
        schema: {
          type: 'object',
          required: [
            'report',
          ],
          properties: {
            report: {
              type: 'string',
              minLength: 20,
              maxLength: 20000,
              title: '监督报告正文',
            },
          },
          additionalProperties: false,
        },
        ui: {
          type: 'VerticalLayout',
          elements: [
            {
              type: 'Control',
              scope: '#/properties/report',
              label: {
                'zh-CN': '监督报告正文',
                en: 'Text of the report',
              },
              options: {
                multi: true,
              },
            },
          ],
        },
      },
      meeting: {
        title: {
          'zh-CN': '记录联席会议',
          en: 'Record a joint meeting',
        },
        schema: {
          type: 'object',
          required: [
            'date',
            'minutes',
          ],
          properties: {
            date: {
              type: 'string',
              format: 'date',
              title: '会议日期',
            },
            minutes: {
              type: 'string',
              minLength: 10,
              maxLength: 5000,
              title: '会议纪要',
            },
          },
          additionalProperties: false,
        },
        ui: {
          type: 'VerticalLayout',
          elements: [
            {
              type: 'Control',
              scope: '#/properties/date',
              label: {
                'zh-CN': '会议日期',
                en: 'Date',
              },
            },
            {
              type: 'Control',
              scope: '#/properties/minutes',
              label: {
                'zh-CN': '会议纪要',
                en: 'Minutes',
              },
              options: {
                multi: true,
              },
            },
          ],
        },
      },
    },
    initial: 'planning',
    states: {
      planning: {
        title: {
          'zh-CN': '确定监督议题与领导小组',
          en: 'Topic and leading group',
        },
        description: {
          'zh-CN': '政协机关确定协同监督议题（如营商环境、小区物业），并写明领导小组组长（政协主席）和副组长（纪委书记）；两人不能是同一人。',
          en: 'The CPPCC office fixes the topic (such as the business environment or estate management) and names the leading group\'s head (the CPPCC chair) and deputy (the discipline commission secretary), who must be two people.',
        },
        on: {
          launch: {
            to: 'supervision',
            title: {
              'zh-CN': '启动协同监督',
              en: 'Launch',
            },
            roles: [
              'supervision-office',
            ],
            form: 'launch',
            when: 'payload.groupHead != payload.groupDeputy',
            set: {
              '/topic': 'payload.topic',
              '/topicClass': 'payload.topicClass',
              '/groupHead': 'payload.groupHead',
              '/groupDeputy': 'payload.groupDeputy',
            },
            effects: [
              {
                notify: {
                  roles: [
                    'leading-group-head',
                    'leading-group-deputy',
                    'discipline-commission',
                  ],
                  message: {
                    'zh-CN': '协同监督已启动，请关注问题清单',
                    en: 'Joint supervision has started: the issue list follows',
                  },
                },
              },
            ],
          },
        },
      },
      supervision: {
        title: {
          'zh-CN': '协同监督',
          en: 'Joint supervision',
        },
        type: 'parallel',
        description: {
          'zh-CN': '两个区域同时进行：三清单、评议、报告的主线，以及每季度至少一次的联席会议。监督报告签发后整个流程结束。',
          en: 'Two regions run together: the main line of lists, review and report, and the joint meetings held at least once a quarter. The process ends when the report is signed.',
        },
        states: {
          work: {
            title: {
              'zh-CN': '三清单一评议一报告',
              en: 'Three lists, one review, one report',
            },
            initial: 'listingIssues',
            states: {
              listingIssues: {
                title: {
                  'zh-CN': '问题清单',
                  en: 'Issue list',
                },
                on: {
                  fixIssues: {
                    to: 'listingResponsibilities',
                    title: {
                      'zh-CN': '列出问题清单',
                      en: 'Draw up the issue list',
                    },
                    roles: [
                      'supervision-office',
                    ],
                    form: 'issues',
                    set: {
                      '/issues': 'payload.issues',
                    },
                  },
                },
              },
              listingResponsibilities: {
                title: {
                  'zh-CN': '责任清单与建议清单',
                  en: 'Responsibility and recommendation lists',
                },
                on: {
                  fixResponsibilities: {
                    to: 'approvingLists',
                    title: {
                      'zh-CN': '列出责任清单与建议清单',
                      en: 'Draw up the responsibility and recommendation lists',
                    },
                    roles: [
                      'supervision-office',
                    ],
                    form: 'responsibilities',
                    set: {
                      '/units': 'payload.units',
                      '/entries': 'payload.entries',
                    },
                    effects: [
                      {
                        notify: {
                          roles: [
                            'leading-group-deputy',
                          ],
                          message: {
                            'zh-CN': '三张清单已列出，请会签',
                            en: 'The lists are ready: please countersign',
                          },
                        },
                      },
                    ],
                  },
                },
              },
              approvingLists: {
                title: {
                  'zh-CN': '领导小组审定清单',
                  en: 'The leading group approves the lists',
                },
                initial: 'deputyCountersign',
                on: {
                  returnLists: {
                    to: 'listingIssues',
                    title: {
                      'zh-CN': '退回修改清单',
                      en: 'Send the lists back',
                    },
                    roles: [
                      'leading-group-head',
                      'leading-group-deputy',
                    ],
                    form: 'reason',
                    set: {
                      '/listReturns': 'coalesce(data.listReturns, 0) + 1',
                      '/listReturnReason': 'payload.reason',
                    },
                    effects: [
                      {
                        notify: {
                          roles: [
                            'supervision-office',
                          ],
                          message: {
                            'zh-CN': '领导小组退回清单，请修改',
                            en: 'The leading group sent the lists back: revise them',
                          },
                        },
                      },
                    ],
                  },
                },
                states: {
                  deputyCountersign: {
                    title: {
                      'zh-CN': '副组长（纪委书记）会签',
                      en: 'The deputy (discipline secretary) countersigns',
                    },
                    on: {
                      countersignLists: {
                        to: 'headApproval',
                        title: {
                          'zh-CN': '会签',
                          en: 'Countersign',
                        },
                        roles: [
                          'leading-group-deputy',
                        ],
                        effects: [
                          {
                            notify: {
                              roles: [
                                'leading-group-head',
                              ],
                              message: {
                                'zh-CN': '清单已会签，请审定',
                                en: 'The lists are countersigned: please approve them',
                              },
                            },
                          },
                        ],
                      },
                    },
                  },
                  headApproval: {
                    title: {
                      'zh-CN': '组长（政协主席）审定',
                      en: 'The head (CPPCC chair) approves',
                    },
                    on: {
                      approveLists: {
                        to: 'rectifying',
                        title: {
                          'zh-CN': '审定清单，交付整改',
                          en: 'Approve and send out for fixing',
                        },
                        roles: [
                          'leading-group-head',
                        ],
                        effects: [
                          {
                            notify: {
                              roles: [
                                'responsible-unit',
                              ],
                              message: {
                                'zh-CN': '协同监督整改清单已交付，请在三个月内整改并报告',
                                en: 'The fix list is out: fix the issues and report within three months',
                              },
                            },
                          },
                        ],
                      },
                    },
                  },
                },
              },
              rectifying: {
                title: {
                  'zh-CN': '整改清单：逐项整改',
                  en: 'Fix list: item by item',
                },
                description: {
                  'zh-CN': '责任清单中每个单位一个分支：单位报告整改情况，政协机关或纪委监委审核通过或退回。三个月内整改，期前十五天提醒，逾期报领导小组。',
                  en: 'One branch per unit on the responsibility list: the unit reports its fixes, the CPPCC office or the discipline commission accepts them or sends them back. Three months, a reminder fifteen days before, the leading group told when it runs out.',
                },
                deadline: {
                  within: 'P3M',
                  warnBefore: 'P15D',
                  onWarn: {
                    effects: [
                      {
                        notify: {
                          roles: [
                            'responsible-unit',
                            'supervision-office',
                          ],
                          message: {
                            'zh-CN': '协同监督整改期限将至，请抓紧整改',
                            en: 'The fixes are due soon',
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
                            'leading-group-head',
                            'leading-group-deputy',
                            'supervision-office',
                          ],
                          message: {
                            'zh-CN': '协同监督整改逾期未完成',
                            en: 'The fixes were not finished in time',
                          },
                        },
                      },
                    ],
                  },
                },
                forEach: {
                  in: '/units',
                  role: 'responsible-unit',
                },
                initial: 'fixing',
                states: {
                  fixing: {
                    title: {
                      'zh-CN': '整改中',
                      en: 'Fixing',
                    },
                    on: {
                      reportRectification: {
                        to: 'checking',
                        title: {
                          'zh-CN': '报告整改情况',
                          en: 'Report the fixes',
                        },
                        roles: [
                          'responsible-unit',
                        ],
                        form: 'rectification',
                        set: {
                          '/rectificationReports/-': 'payload.measures',
                        },
                        effects: [
                          {
                            notify: {
                              roles: [
                                'supervision-office',
                              ],
                              message: {
                                'zh-CN': '责任单位已报告整改情况，请审核',
                                en: 'A unit reported its fixes: please check them',
                              },
                            },
                          },
                        ],
                      },
                    },
                  },
                  checking: {
                    title: {
                      'zh-CN': '审核整改情况',
                      en: 'Checking the fixes',
                    },
                    on: {
                      acceptRectification: {
                        to: 'rectified',
                        title: {
                          'zh-CN': '整改到位',
                          en: 'Accept',
                        },
                        roles: [
                          'supervision-office',
                          'discipline-commission',
                        ],
                        set: {
                          '/rectifiedUnits/-': 'branch.key',
                        },
                      },
                      returnRectification: {
                        to: 'fixing',
                        title: {
                          'zh-CN': '退回继续整改',
                          en: 'Send back',
                        },
                        roles: [
                          'supervision-office',
                          'discipline-commission',
                        ],
                        form: 'reason',
                        set: {
                          '/rectificationReturns': 'coalesce(data.rectificationReturns, 0) + 1',
                        },
                        effects: [
                          {
                            notify: {
                              roles: [
                                'responsible-unit',
                              ],
                              message: {
                                'zh-CN': '整改情况被退回，请继续整改',
                                en: 'Your fixes were sent back: keep at it',
                              },
                            },
                          },
                        ],
                      },
                    },
                  },
                  rectified: {
                    title: {
                      'zh-CN': '整改到位',
                      en: 'Fixed',
                    },
                    type: 'final',
                  },
                },
                onDone: {
                  to: 'reviewing',
                  effects: [
                    {
                      notify: {
                        roles: [
                          'supervision-office',
                        ],
                        message: {
                          'zh-CN': '各责任单位整改到位，请组织满意度评议',
                          en: 'Every unit has fixed its issues: run the satisfaction review',
                        },
                      },
                    },
                  ],
                },
              },
              reviewing: {
                title: {
                  'zh-CN': '满意度评议',
                  en: 'Satisfaction review',
                },
                description: {
                  'zh-CN': '政协机关组织满意度评议并记录结果与参加人数；不满意的，全部责任单位重新整改。',
                  en: 'The CPPCC office runs the satisfaction review and records the result and the number of people who took part; on 不满意 every unit fixes again.',
                },
                on: {
                  recordReview: [
                    {
                      to: 'rectifying',
                      title: {
                        'zh-CN': '记录评议结果',
                        en: 'Record the result',
                      },
                      roles: [
                        'supervision-office',
                      ],
                      form: 'review',
                      when: 'payload.satisfaction == \'不满意\'',
                      set: {
                        '/satisfaction': 'payload.satisfaction',
                        '/reviewParticipants': 'payload.participants',
                        '/reviewNote': 'coalesce(payload.note, \'\')',
                        '/reviewRound': 'coalesce(data.reviewRound, 0) + 1',
                        '/rectifiedUnits': '[]',
                      },
                      effects: [
                        {
                          notify: {
                            roles: [
                              'responsible-unit',
                              'leading-group-head',
                              'leading-group-deputy',
                            ],
                            message: {
                              'zh-CN': '满意度评议结果为不满意，请重新整改',
                              en: 'The review found the fixes unsatisfactory: fix them again',
                            },
                          },
                        },
                      ],
                    },
                    {
                      to: 'draftingReport',
                      title: {
                        'zh-CN': '记录评议结果',
                        en: 'Record the result',
                      },
                      roles: [
                        'supervision-office',
                      ],
                      form: 'review',
                      set: {
                        '/satisfaction': 'payload.satisfaction',
                        '/reviewParticipants': 'payload.participants',
                        '/reviewNote': 'coalesce(payload.note, \'\')',
                        '/reviewRound': 'coalesce(data.reviewRound, 0) + 1',
                      },
                    },
                  ],
                },
              },
              draftingReport: {
                title: {
                  'zh-CN': '起草监督报告',
                  en: 'Drafting the report',
                },
                on: {
                  draftReport: {
                    to: 'signingReport',
                    title: {
                      'zh-CN': '提交监督报告',
                      en: 'Submit the report',
                    },
                    roles: [
                      'supervision-office',
                    ],
                    form: 'report',
                    set: {
                      '/report': 'payload.report',
                    },
                    effects: [
                      {
                        notify: {
                          roles: [
                            'leading-group-head',
                          ],
                          message: {
                            'zh-CN': '监督报告已起草，请签发',
                            en: 'The report is drafted: please sign it',
                          },
                        },
                      },
                    ],
                  },
                },
              },
              signingReport: {
                title: {
                  'zh-CN': '组长签发监督报告',
                  en: 'The head signs the report',
                },
                on: {
                  signReport: {
                    to: 'reported',
                    title: {
                      'zh-CN': '签发，报送区委',
                      en: 'Sign and send to the district committee',
                    },
                    roles: [
                      'leading-group-head',
                    ],
                    set: {
                      '/reportedAt': 'now',
                    },
                    effects: [
                      {
                        notify: {
                          roles: [
                            'district-committee',
                            'leading-group-deputy',
                            'discipline-commission',
                            'supervision-office',
                          ],
                          message: {
                            'zh-CN': '协同监督报告已报送区委',
                            en: 'The joint supervision report was sent to the district committee',
                          },
                        },
                      },
                    ],
                  },
                  returnReport: {
                    to: 'draftingReport',
                    title: {
                      'zh-CN': '退回修改报告',
                      en: 'Send the report back',
                    },
                    roles: [
                      'leading-group-head',
                    ],
                    form: 'reason',
                    set: {
                      '/reportReturns': 'coalesce(data.reportReturns, 0) + 1',
                    },
                    effects: [
                      {
                        notify: {
                          roles: [
                            'supervision-office',
                          ],
                          message: {
                            'zh-CN': '监督报告被退回，请修改',
                            en: 'The report was sent back: revise it',
                          },
                        },
                      },
                    ],
                  },
                },
              },
            },
          },
          meetings: {
            title: {
              'zh-CN': '联席会议',
              en: 'Joint meetings',
            },
            initial: 'quarter',
            states: {
              quarter: {
                title: {
                  'zh-CN': '本季度联席会议',
                  en: 'This quarter\'s joint meeting',
                },
                description: {
                  'zh-CN': '每季度至少召开一次联席会议：记录一次会议就开始新的一个季度；三个月没有记录，提醒领导小组。',
                  en: 'At least one joint meeting a quarter: recording one starts a new quarter; three months without one, the leading group is told.',
                },
                deadline: {
                  within: 'P3M',
                  warnBefore: 'P15D',
                  onWarn: {
                    effects: [
                      {
                        notify: {
                          roles: [
                            'supervision-office',
                          ],
                          message: {
                            'zh-CN': '本季度尚未召开协同监督联席会议',
                            en: 'No joint meeting yet this quarter',
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
                            'leading-group-head',
                            'leading-group-deputy',
                            'supervision-office',
                          ],
                          message: {
                            'zh-CN': '一个季度未召开协同监督联席会议',
                            en: 'A quarter passed without a joint meeting',
                          },
                        },
                      },
                    ],
                  },
                },
                on: {
                  recordJointMeeting: {
                    to: 'quarter',
                    title: {
                      'zh-CN': '记录联席会议',
                      en: 'Record a joint meeting',
                    },
                    roles: [
                      'supervision-office',
                    ],
                    form: 'meeting',
                    set: {
                      '/jointMeetingDates/-': 'payload.date',
                      '/jointMeetingMinutes/-': 'payload.minutes',
                    },
                    effects: [
                      {
                        notify: {
                          roles: [
                            'leading-group-head',
                            'leading-group-deputy',
                          ],
                          message: {
                            'zh-CN': '协同监督联席会议纪要已记录',
                            en: 'The joint meeting\'s minutes were recorded',
                          },
                        },
                      },
                    ],
                  },
                },
              },
            },
          },
        },
      },
      reported: {
        title: {
          'zh-CN': '已报送区委',
          en: 'Sent to the district committee',
        },
        type: 'final',
      },
    },
  } satisfies WorkflowDefinition) as QingjiangpuJointSupervisionDefinition,
} as const;
