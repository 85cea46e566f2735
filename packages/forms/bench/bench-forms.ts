/** The two forms the benchmark renders, with Luzhi and with react-jsonschema-form alike. */

const categories = ['经济建设', '社会事业', '城乡建设', '生态环境', '政治法律', '其他'];

/** A 20-field proposal form: text, long text, choices, numbers, a yes/no and dates. */
export const proposalSchema = {
  type: 'object',
  required: ['title', 'category', 'situation', 'suggestions'],
  properties: {
    title: { type: 'string', title: '案由', minLength: 4, maxLength: 60 },
    category: { type: 'string', title: '类别', enum: categories },
    situation: { type: 'string', title: '情况与分析', minLength: 20 },
    suggestions: { type: 'string', title: '具体建议', minLength: 10 },
    proposer: { type: 'string', title: '提案人' },
    sector: { type: 'string', title: '界别' },
    phone: { type: 'string', title: '联系电话' },
    email: { type: 'string', format: 'email', title: '电子邮箱' },
    address: { type: 'string', title: '通讯地址' },
    suggestedUnit: { type: 'string', title: '建议承办单位' },
    coUnit: { type: 'string', title: '建议会办单位' },
    keyProposal: { type: 'boolean', title: '建议列为重点提案' },
    publicOk: { type: 'boolean', title: '同意公开' },
    surveyDays: { type: 'integer', title: '调研天数', minimum: 0 },
    budget: { type: 'number', title: '预计投入（万元）' },
    surveyDate: { type: 'string', format: 'date', title: '调研日期' },
    deadline: { type: 'string', format: 'date', title: '希望办结日期' },
    urgency: { type: 'string', title: '紧急程度', enum: ['一般', '较急', '紧急'] },
    source: { type: 'string', title: '线索来源', enum: ['调研', '群众反映', '媒体', '其他'] },
    remarks: { type: 'string', title: '备注' },
  },
  additionalProperties: false,
} as const;

const multi = ['situation', 'suggestions', 'remarks'];

/** The JSON Forms UI schema of the proposal form. */
export const proposalUi = {
  type: 'VerticalLayout',
  elements: Object.keys(proposalSchema.properties).map((name) => ({
    type: 'Control',
    scope: `#/properties/${name}`,
    ...(multi.includes(name) ? { options: { multi: true } } : {}),
  })),
};

/** The same hints in react-jsonschema-form's uiSchema. */
export const proposalRjsfUi = Object.fromEntries(multi.map((name) => [name, { 'ui:widget': 'textarea' }]));

/** A repeatable group: handling units (承办单位), three fields a row. */
export const unitsSchema = {
  type: 'object',
  properties: {
    units: {
      type: 'array',
      title: '承办单位',
      items: {
        type: 'object',
        required: ['name', 'role'],
        properties: {
          name: { type: 'string', title: '单位名称' },
          role: { type: 'string', title: '主办或会办', enum: ['主办', '会办'] },
          contact: { type: 'string', title: '联系人' },
        },
      },
    },
  },
} as const;

/** 200 rows of handling units. */
export const unitsValue = {
  units: Array.from({ length: 200 }, (_, index) => ({ name: `承办单位 ${index + 1}`, role: index === 0 ? '主办' : '会办', contact: `联系人 ${index + 1}` })),
};

/** How many form controls (input, select, textarea) each form shows when fully rendered. */
export const expectedControls = { proposal: 20, units: 600 };
