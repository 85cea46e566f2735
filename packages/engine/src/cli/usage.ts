import { text, type LocalizedText } from '../localized-text.js';

/** The usage text of `luzhi`, in both languages. */
export const USAGE: LocalizedText = text(
  `用法：luzhi <命令> [选项]

命令：
  validate 文件...              校验流程定义或覆盖文件（JSON）。每处错误一行：文件#/JSON指针: 说明
  simulate 流程定义 场景...     在内存存储和虚拟时钟上运行场景（*.scenario.json），
                                逐步打印操作与结果状态，并检查每步的预期；
                                多个场景依次运行（各用新的存储），最后一行汇总
  simulate --coverage 流程定义 场景...
                                另外列出所有场景都没有走到的状态、动作、分支和时限处理
  migrate 旧版本 新版本 --map 映射文件 (--pglite 目录 | --postgres 连接串)
                                把旧版本的运行中实例迁移到新版本（映射文件：
                                { "states": {旧:新}, "data": {"/指针": "表达式"} }），
                                每件实例一行，最后一行汇总；先用 --dry-run 演练
  calendar check                列出有日历数据的年份（内置的和 --calendar 给出的），
                                今年或明年没有数据时给出警告
  diff A B                      比较两个流程定义，按流程、角色、状态、动作、表单、数据、
                                效果、颜色规则分组列出差异，每行带 JSON 指针
  diagram 流程定义 --format svg|mermaid [--out 文件]
                                画出流程图：SVG（与 <luzhi-diagram> 相同）或 Mermaid 状态图
  typegen 流程定义 [--out 文件]  生成流程的 TypeScript 类型：实例数据、每张表单的载荷、
                                每个动作的命令；有错误时按 validate 的格式报告
  presets                       列出当前目录下安装的 @luzhi/presets 中的预设与流程
                                （版本、完整定义或覆盖文件、标题）
  new --preset 预设 名称        新建文件夹“名称”：预设中每个流程一个覆盖文件
                                （*.overlay.json）和一份 README.md 模板

选项：
  --lang zh-CN|en   输出语言（默认 zh-CN）
  --json            输出机器可读的 JSON
  --coverage        （simulate）报告场景的覆盖情况，有未走到的项目时退出码为 1
  --calendar FILE   （simulate、calendar check）追加日历文件：新一年的放假通知或本委的
                    特殊日期，可重复
  --with FILE       （simulate）流程定义用 start 启动的其他流程的定义文件，可重复
  --today 日期      （calendar check）以 YYYY-MM-DD 代替今天（北京时间）的日期
  --map FILE        （migrate）状态与数据的映射文件
  --dry-run         （migrate）只检查并报告，不写入
  --pglite DIR      （migrate）PGlite 数据目录
  --postgres URL    （migrate）PostgreSQL 连接串
  --tenant T        （migrate）租户（委员会）标识，默认 default
  --format F        （diagram）svg 或 mermaid
  --out FILE        （diagram、typegen）写入文件，不写标准输出
  --preset P        （new）预设名称，如 base、haian
  --presets DIR     （validate、simulate、new）预设所在的文件夹，代替已安装的
                    @luzhi/presets（也可用环境变量 LUZHI_PRESETS）
  -h, --help        显示本说明
  -v, --version     显示版本号

退出码：0 全部通过；1 发现错误、有预期未满足、（--coverage）有未走到的项目或有实例未能迁移；
        2 用法错误；3 （calendar check）今年或明年没有日历数据；diff：0 相同，1 有差异`,
  `Usage: luzhi <command> [options]

Commands:
  validate FILE...              Check workflow definitions or overlays (JSON). One line per issue:
                                FILE#/json/pointer: message
  simulate DEFINITION SCENARIO...
                                Run scenarios (*.scenario.json) on the in-memory store with a
                                virtual clock, printing each step and its resulting state and
                                checking each step's expectations; several run in turn, each
                                on a fresh store, followed by a summary line
  simulate --coverage DEFINITION SCENARIO...
                                Also list the states, actions, alternatives and deadline
                                handlers that none of the scenarios reached
  migrate OLD NEW --map FILE (--pglite DIR | --postgres URL)
                                Move the running instances of OLD to NEW (map file:
                                { "states": {old: new}, "data": {"/pointer": "expression"} }),
                                one line per instance and a summary; try --dry-run first
  calendar check                List the years with calendar data (bundled, and the files
                                given with --calendar); warn when this year or the next
                                has none
  diff A B                      Compare two definitions: the differences grouped by workflow,
                                roles, states, actions, forms, data, effects and colour
                                rules, each line with its JSON pointer
  diagram DEFINITION --format svg|mermaid [--out FILE]
                                Draw the workflow: an SVG (as <luzhi-diagram> draws it) or a
                                Mermaid state diagram
  typegen DEFINITION [--out FILE]
                                Generate the workflow's TypeScript types: its instance data,
                                each form's payload, each action's command; issues are
                                reported as validate reports them
  presets                       List the presets of the @luzhi/presets installed here, each
                                workflow with its version, kind (definition or overlay) and title
  new --preset PRESET NAME      Create the folder NAME with one overlay (*.overlay.json) per
                                workflow of the preset and a README.md template

Options:
  --lang zh-CN|en   Language of the output (default zh-CN)
  --json            Machine-readable JSON output
  --coverage        (simulate) Report what the scenarios reached; exit 1 when anything is unreached
  --calendar FILE   (simulate, calendar check) Add a calendar file — a new year's notice or
                    the committee's own days; repeatable
  --with FILE       (simulate) A workflow the definition starts ("start" effects); repeatable
  --today DATE      (calendar check) Use YYYY-MM-DD instead of today's date (UTC+8)
  --map FILE        (migrate) The map of states and data
  --dry-run         (migrate) Check and report only; write nothing
  --pglite DIR      (migrate) A PGlite data directory
  --postgres URL    (migrate) A PostgreSQL connection string
  --tenant T        (migrate) The tenant (committee) id; default
  --format F        (diagram) svg or mermaid
  --out FILE        (diagram, typegen) Write to FILE instead of standard output
  --preset P        (new) The preset, such as base or haian
  --presets DIR     (validate, simulate, new) A folder of presets to use instead of the
                    installed @luzhi/presets (or the environment variable LUZHI_PRESETS)
  -h, --help        Show this text
  -v, --version     Show the version

Exit status: 0 all passed; 1 issues found, an expectation not met, (--coverage) something left
unreached, or an instance not migrated; 2 usage error; 3 (calendar check) this year or the next
has no calendar data;
diff: 0 the same, 1 they differ`,
);
