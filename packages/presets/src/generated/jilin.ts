/* Generated from the jilin preset by scripts/build-presets.ts. Do not edit by hand. */
import type { BuiltinPayloads, TypedDefinition, WorkflowDefinition } from '@luzhi/engine';

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
  'river-chief': ({
    id: 'river-chief',
    version: 1,
    title: {
      'zh-CN': '河长制特邀监督：问题发现、整改与核验',
      en: 'River-chief supervision: problems found, put right and checked',
    },
    description: {
      'zh-CN': '吉林市政协委员担任河长制特邀监督员，巡河发现问题后报送；市政协河长制联合工作专班核实（受理、不属于问题、重复报送），受理的交责任河长所在单位限期整改，可申请延期一次；逾期未整改的转入超期督办，专班可逐级提请督办；整改完成后由发现问题的监督员本人核验：已整改则销号，未整改退回重新整改并计数，多次未整改的同时提醒专班。',
      en: 'Jilin CPPCC members serve as special supervisors of the river-chief system and report the problems they find on river patrols. The committee\'s river-chief task force checks each report (accepted, not a problem, a duplicate) and refers an accepted problem to the unit of the responsible river chief, which puts it right within a deadline that may be extended once. A problem not put right in time becomes overdue, and the task force may escalate it. Once the unit reports it done, the supervisor who found it checks in person: fixed closes it; not fixed sends it back for rectification, counted, and repeated failures also alert the task force.',
    },
    roles: {
      supervisor: {
        title: {
          'zh-CN': '河长制特邀监督员（发现问题的委员）',
          en: 'Special supervisor (the member who found the problem)',
        },
        description: {
          'zh-CN': '报送问题并核验整改结果的政协委员：创建实例的人；只有本人能报送、核验；离任时由专班转交',
          en: 'The CPPCC member who reports the problem and checks the result: whoever starts the instance; only they report and check; the task force hands the place over when they leave',
        },
        holders: 'starter',
        transfer: [
          'task-force',
        ],
      },
      'task-force': {
        title: {
          'zh-CN': '市政协河长制联合工作专班',
          en: 'River-chief task force of the CPPCC',
        },
        description: {
          'zh-CN': '核实问题、交办整改、批准延期、超期督办；看得到全部问题',
          en: 'Checks problems, refers them, grants extensions, escalates overdue ones; sees every problem',
        },
        oversight: true,
      },
      'responsible-unit': {
        title: {
          'zh-CN': '责任河长所在单位',
          en: 'Unit of the responsible river chief',
        },
        description: {
          'zh-CN': '/responsibleUnit 所指的单位：只有该单位的人能整改、报告整改结果或提出交办异议',
          en: 'The unit /responsibleUnit names: only its people rectify, report the result or object to the referral',
        },
        scope: 'unit',
        unit: '/responsibleUnit',
      },
    },
    data: {
      type: 'object',
      properties: {
        riverSection: {
          type: 'string',
          minLength: 1,
          maxLength: 100,
        },
        county: {
          type: 'string',
          minLength: 1,
          maxLength: 50,
        },
        location: {
          type: 'string',
          minLength: 1,
          maxLength: 200,
        },
        description: {
          type: 'string',
          minLength: 1,
          maxLength: 2000,
        },
        evidence: {
          type: 'array',
          maxItems: 20,
          items: {
            type: 'string',
            minLength: 1,
            maxLength: 500,
          },
        },
        foundOn: {
          type: 'string',
          format: 'date',
        },
        unannouncedPatrol: {
          type: 'boolean',
        },
        reportedBy: {
          type: 'string',
        },
        rectifiedBy: {
          type: 'string',
        },
        checkResult: {
          enum: [
            '受理',
            '不属于问题',
            '重复报送',
          ],
        },
        checkReason: {
          type: 'string',
          minLength: 1,
          maxLength: 2000,
        },
        duplicateOf: {
          type: 'string',
          minLength: 1,
          maxLength: 200,
        },
        responsibleUnit: {
          type: 'string',
          minLength: 1,
          maxLength: 100,
          pattern: '^\\S(?:.*\\S)?$',
        },
        riverChief: {
          type: 'string',
          minLength: 1,
          maxLength: 100,
        },
        referralObjections: {
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
        extensionReason: {
          type: 'string',
          minLength: 1,
          maxLength: 2000,
        },
        escalations: {
          type: 'array',
          maxItems: 20,
          items: {
            enum: [
              '县级河长',
              '市级河长',
              '市河长办',
              '市委',
            ],
          },
        },
        measures: {
          type: 'string',
          minLength: 1,
          maxLength: 2000,
        },
        rectificationEvidence: {
          type: 'array',
          maxItems: 20,
          items: {
            type: 'string',
            minLength: 1,
            maxLength: 500,
          },
        },
        reworkCount: {
          type: 'integer',
          minimum: 0,
        },
        verification: {
          enum: [
            '已整改',
            '未整改',
          ],
        },
        verificationNote: {
          type: 'string',
          minLength: 1,
          maxLength: 2000,
        },
      },
    },
    forms: {
      report: {
        title: {
          'zh-CN': '报送河湖问题',
          en: 'Report a problem',
        },
        schema: {
          type: 'object',
          required: [
            'riverSection',
            'location',
            'description',
            'foundOn',
          ],
          properties: {
            riverSection: {
              type: 'string',
              minLength: 1,
              maxLength: 100,
              pattern: '^\\S(?:.*\\S)?$',
              title: '河段',
            },
            county: {
              type: 'string',
              minLength: 1,
              maxLength: 50,
              pattern: '^\\S(?:.*\\S)?$',
              title: '所在县（市、区）',
            },
            location: {
              type: 'string',
              minLength: 2,
              maxLength: 200,
              title: '具体位置',
            },
            description: {
              type: 'string',
              minLength: 5,
              maxLength: 2000,
              title: '问题描述',
            },
            evidence: {
              type: 'array',
              maxItems: 20,
              items: {
                type: 'string',
                minLength: 1,
                maxLength: 500,
              },
              title: '照片、视频等佐证（链接或编号）',
            },
            foundOn: {
              type: 'string',
              format: 'date',
              title: '发现日期',
            },
            unannouncedPatrol: {
              type: 'boolean',
              title: '暗访巡河中发现',
            },
          },
          additionalProperties: false,
        },
        ui: {
          type: 'VerticalLayout',
          elements: [
            {
              type: 'Control',
              scope: '#/properties/riverSection',
              label: {
                'zh-CN': '河段',
                en: 'River section',
              },
            },
            {
              type: 'Control',
              scope: '#/properties/county',
              label: {
                'zh-CN': '所在县（市、区）',
                en: 'County or district',
              },
            },
            {
              type: 'Control',
              scope: '#/properties/location',
              label: {
                'zh-CN': '具体位置',
                en: 'Exact location',
              },
            },
            {
              type: 'Control',
              scope: '#/properties/description',
              label: {
                'zh-CN': '问题描述',
                en: 'What is wrong',
              },
              options: {
                multi: true,
              },
            },
            {
              type: 'Control',
              scope: '#/properties/evidence',
              label: {
                'zh-CN': '照片、视频等佐证（链接或编号）',
                en: 'Photos, videos and other evidence (links or ids)',
              },
            },
            {
              type: 'Control',
              scope: '#/properties/foundOn',
              label: {
                'zh-CN': '发现日期',
                en: 'Found on',
              },
            },
            {
              type: 'Control',
              scope: '#/properties/unannouncedPatrol',
              label: {
                'zh-CN': '暗访巡河中发现',
                en: 'Found on an unannounced patrol',
              },
            },
          ],
        },
      },
      accept: {
        title: {
          'zh-CN': '受理并交办',
          en: 'Accept and refer',
        },
        schema: {
          type: 'object',
          required: [
            'responsibleUnit',
            'riverChief',
          ],
          properties: {
            responsibleUnit: {
              type: 'string',
              minLength: 1,
              maxLength: 100,
              pattern: '^\\S(?:.*\\S)?$',
              title: '责任河长所在单位',
            },
            riverChief: {
              type: 'string',
              minLength: 1,
              maxLength: 100,
              title: '责任河长',
            },
            note: {
              type: 'string',
              minLength: 2,
              maxLength: 2000,
              title: '交办意见',
            },
          },
          additionalProperties: false,
        },
        ui: {
          type: 'VerticalLayout',
          elements: [
            {
              type: 'Control',
              scope: '#/properties/responsibleUnit',
              label: {
                'zh-CN': '责任河长所在单位',
                en: 'Unit of the responsible river chief',
              },
            },
            {
              type: 'Control',
              scope: '#/properties/riverChief',
              label: {
                'zh-CN': '责任河长',
                en: 'Responsible river chief',
              },
            },
            {
              type: 'Control',
              scope: '#/properties/note',
              label: {
                'zh-CN': '交办意见',
                en: 'Referral note',
              },
              options: {
                multi: true,
              },
            },
          ],
        },
      },
      notAProblem: {
        title: {
          'zh-CN': '不属于问题',
          en: 'Not a problem',
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
              title: '向监督员说明的理由',
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
                'zh-CN': '向监督员说明的理由',
                en: 'Reason given to the supervisor',
              },
              options: {
                multi: true,
              },
            },
          ],
        },
      },
      duplicate: {
        title: {
          'zh-CN': '重复报送',
          en: 'Duplicate',
        },
        schema: {
          type: 'object',
          required: [
            'duplicateOf',
            'reason',
          ],
          properties: {
            duplicateOf: {
              type: 'string',
              minLength: 1,
              maxLength: 200,
              pattern: '^\\S(?:.*\\S)?$',
              title: '已报送的同一问题编号',
            },
            reason: {
              type: 'string',
              minLength: 5,
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
              scope: '#/properties/duplicateOf',
              label: {
                'zh-CN': '已报送的同一问题编号',
                en: 'Id of the problem already reported',
              },
            },
            {
              type: 'Control',
              scope: '#/properties/reason',
              label: {
                'zh-CN': '说明',
                en: 'Explanation',
              },
              options: {
                multi: true,
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
              title: '异议理由（如不属本单位河段）',
            },
            suggestedUnit: {
              type: 'string',
              minLength: 1,
              maxLength: 100,
              pattern: '^\\S(?:.*\\S)?$',
              title: '建议责任单位',
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
                'zh-CN': '异议理由（如不属本单位河段）',
                en: 'Reason (e.g. not this unit\'s river section)',
              },
              options: {
                multi: true,
              },
            },
            {
              type: 'Control',
              scope: '#/properties/suggestedUnit',
              label: {
                'zh-CN': '建议责任单位',
                en: 'Suggested unit',
              },
            },
          ],
        },
      },
      extensionRequest: {
        title: {
          'zh-CN': '申请延期',
          en: 'Ask for more time',
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
              title: '延期理由',
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
                'zh-CN': '延期理由',
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
              title: '撤回理由（如责任单位写错）',
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
                'zh-CN': '撤回理由（如责任单位写错）',
                en: 'Reason (e.g. the wrong unit was named)',
              },
              options: {
                multi: true,
              },
            },
          ],
        },
      },
      escalate: {
        title: {
          'zh-CN': '提请督办',
          en: 'Escalate',
        },
        schema: {
          type: 'object',
          required: [
            'to',
          ],
          properties: {
            to: {
              enum: [
                '县级河长',
                '市级河长',
                '市河长办',
                '市委',
              ],
              title: '提请督办对象',
            },
            note: {
              type: 'string',
              minLength: 2,
              maxLength: 2000,
              title: '督办意见',
            },
          },
          additionalProperties: false,
        },
        ui: {
          type: 'VerticalLayout',
          elements: [
            {
              type: 'Control',
              scope: '#/properties/to',
              label: {
                'zh-CN': '提请督办对象',
                en: 'Escalate to',
              },
            },
            {
              type: 'Control',
              scope: '#/properties/note',
              label: {
                'zh-CN': '督办意见',
                en: 'Note',
              },
              options: {
                multi: true,
              },
            },
          ],
        },
      },
      rectified: {
        title: {
          'zh-CN': '报告整改结果',
          en: 'Report the rectification',
        },
        schema: {
          type: 'object',
          required: [
            'measures',
          ],
          properties: {
            measures: {
              type: 'string',
              minLength: 5,
              maxLength: 2000,
              title: '整改措施和结果',
            },
            evidence: {
              type: 'array',
              maxItems: 20,
              items: {
                type: 'string',
                minLength: 1,
                maxLength: 500,
              },
              title: '整改佐证（链接或编号）',
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
                'zh-CN': '整改措施和结果',
                en: 'Measures taken and result',
              },
              options: {
                multi: true,
              },
            },
            {
              type: 'Control',
              scope: '#/properties/evidence',
              label: {
                'zh-CN': '整改佐证（链接或编号）',
                en: 'Evidence of the rectification (links or ids)',
              },
            },
          ],
        },
      },
      verify: {
        title: {
          'zh-CN': '核验整改',
          en: 'Check the rectification',
        },
        schema: {
          type: 'object',
          required: [
            'note',
          ],
          properties: {
            note: {
              type: 'string',
              minLength: 5,
              maxLength: 2000,
              title: '核验意见',
            },
            evidence: {
              type: 'array',
              maxItems: 20,
              items: {
                type: 'string',
                minLength: 1,
                maxLength: 500,
              },
              title: '核验佐证（链接或编号）',
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
                'zh-CN': '核验意见',
                en: 'Findings',
              },
              options: {
                multi: true,
              },
            },
            {
              type: 'Control',
              scope: '#/properties/evidence',
              label: {
                'zh-CN': '核验佐证（链接或编号）',
                en: 'Evidence of the check (links or ids)',
              },
            },
          ],
        },
      },
    },
    initial: 'reporting',
    states: {
      reporting: {
        title: {
          'zh-CN': '发现：监督员报送问题',
          en: 'Found: the supervisor reports the problem',
        },
        on: {
          report: {
            to: 'checking',
            title: {
              'zh-CN': '报送',
              en: 'Report',
            },
            roles: [
              'supervisor',
            ],
            form: 'report',
            set: {
              '/riverSection': 'payload.riverSection',
              '/county': 'payload.county',
              '/location': 'payload.location',
              '/description': 'payload.description',
              '/evidence': 'coalesce(payload.evidence, [])',
              '/foundOn': 'payload.foundOn',
              '/reportedBy': 'actor.id',
              '/unannouncedPatrol': 'coalesce(payload.unannouncedPatrol, false)',
            },
            effects: [
              {
                notify: {
                  roles: [
                    'task-force',
                  ],
                  message: {
                    'zh-CN': '河长制特邀监督员报送了一个河湖问题，请核实',
                    en: 'A special supervisor has reported a river problem: please check it',
                  },
                },
              },
            ],
          },
        },
      },
      checking: {
        title: {
          'zh-CN': '核实：专班核实问题',
          en: 'Check: the task force checks the report',
        },
        deadline: {
          within: '5WD',
          onExpire: {
            effects: [
              {
                notify: {
                  roles: [
                    'task-force',
                  ],
                  message: {
                    'zh-CN': '河湖问题报送已满五个工作日仍未核实',
                    en: 'A reported river problem has waited five working days to be checked',
                  },
                },
              },
            ],
          },
        },
        on: {
          accept: {
            to: 'rectification',
            title: {
              'zh-CN': '受理并交办',
              en: 'Accept and refer',
            },
            roles: [
              'task-force',
            ],
            form: 'accept',
            when: 'actor.id != data.reportedBy',
            set: {
              '/checkResult': '\'受理\'',
              '/responsibleUnit': 'payload.responsibleUnit',
              '/riverChief': 'payload.riverChief',
            },
            effects: [
              {
                notify: {
                  roles: [
                    'responsible-unit',
                  ],
                  message: {
                    'zh-CN': '市政协河长制专班交办河湖问题，请在一个月内整改并报告结果',
                    en: 'The task force refers a river problem to you: put it right and report within a month',
                  },
                },
              },
              {
                notify: {
                  roles: [
                    'supervisor',
                  ],
                  message: {
                    'zh-CN': '您报送的问题已受理并交责任河长所在单位整改',
                    en: 'The problem you reported was accepted and referred to the responsible unit',
                  },
                },
              },
            ],
          },
          notAProblem: {
            to: 'notAccepted',
            title: {
              'zh-CN': '不属于问题',
              en: 'Not a problem',
            },
            roles: [
              'task-force',
            ],
            form: 'notAProblem',
            when: 'actor.id != data.reportedBy',
            set: {
              '/checkResult': '\'不属于问题\'',
              '/checkReason': 'payload.reason',
            },
            effects: [
              {
                notify: {
                  roles: [
                    'supervisor',
                  ],
                  message: {
                    'zh-CN': '您报送的问题经核实不属于问题，请查看理由',
                    en: 'The problem you reported was found not to be one: see the reason',
                  },
                },
              },
            ],
          },
          duplicate: {
            to: 'duplicated',
            title: {
              'zh-CN': '重复报送',
              en: 'Duplicate',
            },
            roles: [
              'task-force',
            ],
            form: 'duplicate',
            when: 'actor.id != data.reportedBy',
            set: {
              '/checkResult': '\'重复报送\'',
              '/checkReason': 'payload.reason',
              '/duplicateOf': 'payload.duplicateOf',
            },
            effects: [
              {
                notify: {
                  roles: [
                    'supervisor',
                  ],
                  message: {
                    'zh-CN': '您报送的问题已有人报送，按已报送的问题办理',
                    en: 'The problem you reported was already reported and is handled under that report',
                  },
                },
              },
            ],
          },
        },
      },
      rectification: {
        title: {
          'zh-CN': '整改：责任单位限期整改',
          en: 'Rectify: the responsible unit puts it right',
        },
        initial: 'rectifying',
        on: {
          withdrawReferral: {
            to: 'checking',
            title: {
              'zh-CN': '撤回交办',
              en: 'Withdraw the referral',
            },
            roles: [
              'task-force',
            ],
            form: 'withdrawReferral',
            optional: true,
            set: {
              '/withdrawReason': 'payload.reason',
            },
            effects: [
              {
                notify: {
                  roles: [
                    'responsible-unit',
                  ],
                  message: {
                    'zh-CN': '专班撤回了交办给您的河湖问题，无需再整改',
                    en: 'The task force has withdrawn the river problem it referred to you: no rectification is needed',
                  },
                },
              },
            ],
          },
          reportRectified: {
            to: 'verifying',
            title: {
              'zh-CN': '报告整改结果',
              en: 'Report the rectification',
            },
            roles: [
              'responsible-unit',
            ],
            form: 'rectified',
            set: {
              '/measures': 'payload.measures',
              '/rectifiedBy': 'actor.id',
              '/rectificationEvidence': 'coalesce(payload.evidence, [])',
            },
            effects: [
              {
                notify: {
                  roles: [
                    'supervisor',
                  ],
                  message: {
                    'zh-CN': '责任单位报告问题已整改，请到现场核验',
                    en: 'The responsible unit reports the problem put right: please check it on site',
                  },
                },
              },
            ],
          },
        },
        states: {
          rectifying: {
            title: {
              'zh-CN': '限期整改',
              en: 'Rectifying within the deadline',
            },
            deadline: {
              within: 'P1M',
              warnBefore: 'P7D',
              onWarn: {
                effects: [
                  {
                    notify: {
                      roles: [
                        'responsible-unit',
                      ],
                      message: {
                        'zh-CN': '河湖问题整改期限还有七天，请抓紧整改',
                        en: 'Seven days are left to put the river problem right',
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
                        'responsible-unit',
                        'task-force',
                      ],
                      message: {
                        'zh-CN': '河湖问题整改已超期，转入超期督办',
                        en: 'The river problem is overdue and now under escalation',
                      },
                    },
                  },
                ],
              },
              extend: {
                roles: [
                  'task-force',
                ],
                max: 'P1M',
                times: 1,
              },
            },
            on: {
              requestExtension: {
                title: {
                  'zh-CN': '申请延期',
                  en: 'Ask for more time',
                },
                roles: [
                  'responsible-unit',
                ],
                form: 'extensionRequest',
                set: {
                  '/extensionReason': 'payload.reason',
                },
                effects: [
                  {
                    notify: {
                      roles: [
                        'task-force',
                        'supervisor',
                      ],
                      message: {
                        'zh-CN': '责任单位申请延期整改，请专班审批',
                        en: 'The responsible unit asks for more time; the task force decides',
                      },
                    },
                  },
                ],
              },
              objectReferral: {
                to: 'checking',
                title: {
                  'zh-CN': '提出交办异议',
                  en: 'Object to the referral',
                },
                roles: [
                  'responsible-unit',
                ],
                form: 'objection',
                set: {
                  '/objectionReason': 'payload.reason',
                  '/referralObjections': 'coalesce(data.referralObjections, 0) + 1',
                },
                effects: [
                  {
                    notify: {
                      roles: [
                        'task-force',
                      ],
                      message: {
                        'zh-CN': '责任单位对交办提出异议，请重新核实交办',
                        en: 'The unit objects to the referral: check and refer again',
                      },
                    },
                  },
                ],
              },
            },
          },
          overdue: {
            title: {
              'zh-CN': '超期督办',
              en: 'Overdue: escalation',
            },
            on: {
              escalate: {
                title: {
                  'zh-CN': '提请督办',
                  en: 'Escalate',
                },
                roles: [
                  'task-force',
                ],
                form: 'escalate',
                set: {
                  '/escalations/-': 'payload.to',
                },
                effects: [
                  {
                    notify: {
                      roles: [
                        'responsible-unit',
                      ],
                      message: {
                        'zh-CN': '超期未整改的河湖问题已提请上级督办',
                        en: 'The overdue river problem has been escalated',
                      },
                    },
                  },
                ],
              },
            },
          },
        },
      },
      verifying: {
        title: {
          'zh-CN': '核验：监督员核验整改',
          en: 'Check: the supervisor checks the result',
        },
        deadline: {
          within: '10WD',
          onExpire: {
            effects: [
              {
                notify: {
                  roles: [
                    'supervisor',
                    'task-force',
                  ],
                  message: {
                    'zh-CN': '整改结果已满十个工作日未核验',
                    en: 'The rectification has waited ten working days to be checked',
                  },
                },
              },
            ],
          },
        },
        on: {
          confirmFixed: {
            to: 'closed',
            title: {
              'zh-CN': '已整改，销号',
              en: 'Fixed: close',
            },
            roles: [
              'supervisor',
            ],
            form: 'verify',
            when: 'actor.id != data.rectifiedBy',
            set: {
              '/verification': '\'已整改\'',
              '/verificationNote': 'payload.note',
            },
            effects: [
              {
                notify: {
                  roles: [
                    'task-force',
                    'responsible-unit',
                  ],
                  message: {
                    'zh-CN': '监督员核验问题已整改，予以销号',
                    en: 'The supervisor confirms the problem is fixed: closed',
                  },
                },
              },
            ],
          },
          notFixed: [
            {
              to: 'rectification',
              title: {
                'zh-CN': '未整改，退回重新整改',
                en: 'Not fixed: rectify again',
              },
              roles: [
                'supervisor',
              ],
              form: 'verify',
              when: 'actor.id != data.rectifiedBy && coalesce(data.reworkCount, 0) >= 1',
              set: {
                '/verification': '\'未整改\'',
                '/verificationNote': 'payload.note',
                '/reworkCount': 'coalesce(data.reworkCount, 0) + 1',
              },
              effects: [
                {
                  notify: {
                    roles: [
                      'responsible-unit',
                    ],
                    message: {
                      'zh-CN': '监督员核验问题未整改到位，请重新整改',
                      en: 'The supervisor finds the problem not fixed: put it right again',
                    },
                  },
                },
                {
                  notify: {
                    roles: [
                      'task-force',
                    ],
                    message: {
                      'zh-CN': '该问题已多次核验未整改到位，请专班督办',
                      en: 'This problem has been found not fixed more than once: the task force should step in',
                    },
                  },
                },
              ],
            },
            {
              to: 'rectification',
              title: {
                'zh-CN': '未整改，退回重新整改',
                en: 'Not fixed: rectify again',
              },
              roles: [
                'supervisor',
              ],
              form: 'verify',
              when: 'actor.id != data.rectifiedBy',
              set: {
                '/verification': '\'未整改\'',
                '/verificationNote': 'payload.note',
                '/reworkCount': 'coalesce(data.reworkCount, 0) + 1',
              },
              effects: [
                {
                  notify: {
                    roles: [
                      'responsible-unit',
                    ],
                    message: {
                      'zh-CN': '监督员核验问题未整改到位，请重新整改',
                      en: 'The supervisor finds the problem not fixed: put it right again',
                    },
                  },
                },
              ],
            },
          ],
        },
      },
      closed: {
        title: {
          'zh-CN': '已整改销号',
          en: 'Fixed and closed',
        },
        type: 'final',
      },
      notAccepted: {
        title: {
          'zh-CN': '不属于问题',
          en: 'Not a problem',
        },
        type: 'final',
      },
      duplicated: {
        title: {
          'zh-CN': '重复报送',
          en: 'Duplicate',
        },
        type: 'final',
      },
    },
  } satisfies WorkflowDefinition) as JilinRiverChiefDefinition,
} as const;
