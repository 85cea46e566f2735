import { text, type LocalizedText } from '../localized-text.js';

/** The usage text of `luzhi`, in both languages. */
export const USAGE: LocalizedText = text(
  `用法：luzhi <命令> [选项]

命令：
  validate 文件...              校验流程定义（JSON）。每处错误一行：文件#/JSON指针: 说明
  simulate 流程定义 场景        在内存存储和虚拟时钟上运行场景（*.scenario.json），
                                逐步打印操作与结果状态，并检查每步的预期
  migrate 旧版本 新版本 --map 映射文件 (--pglite 目录 | --postgres 连接串)
                                把旧版本的运行中实例迁移到新版本（映射文件：
                                { "states": {旧:新}, "data": {"/指针": "表达式"} }），
                                每件实例一行，最后一行汇总；先用 --dry-run 演练
  calendar check                列出有日历数据的年份（内置的和 --calendar 给出的），
                                今年或明年没有数据时给出警告

选项：
  --lang zh-CN|en   输出语言（默认 zh-CN）
  --json            输出机器可读的 JSON
  --calendar FILE   （simulate、calendar check）追加日历文件：新一年的放假通知或本委的
                    特殊日期，可重复
  --with FILE       （simulate）流程定义用 start 启动的其他流程的定义文件，可重复
  --today 日期      （calendar check）以 YYYY-MM-DD 代替今天（北京时间）的日期
  --map FILE        （migrate）状态与数据的映射文件
  --dry-run         （migrate）只检查并报告，不写入
  --pglite DIR      （migrate）PGlite 数据目录
  --postgres URL    （migrate）PostgreSQL 连接串
  --tenant T        （migrate）租户（委员会）标识，默认 default
  -h, --help        显示本说明
  -v, --version     显示版本号

退出码：0 全部通过；1 发现错误、有预期未满足或有实例未能迁移；2 用法错误；
        3 （calendar check）今年或明年没有日历数据`,
  `Usage: luzhi <command> [options]

Commands:
  validate FILE...              Check workflow definitions (JSON). One line per issue:
                                FILE#/json/pointer: message
  simulate DEFINITION SCENARIO  Run a scenario (*.scenario.json) on the in-memory store with a
                                virtual clock, printing each step and its resulting state and
                                checking each step's expectations
  migrate OLD NEW --map FILE (--pglite DIR | --postgres URL)
                                Move the running instances of OLD to NEW (map file:
                                { "states": {old: new}, "data": {"/pointer": "expression"} }),
                                one line per instance and a summary; try --dry-run first
  calendar check                List the years with calendar data (bundled, and the files
                                given with --calendar); warn when this year or the next
                                has none

Options:
  --lang zh-CN|en   Language of the output (default zh-CN)
  --json            Machine-readable JSON output
  --calendar FILE   (simulate, calendar check) Add a calendar file — a new year's notice or
                    the committee's own days; repeatable
  --with FILE       (simulate) A workflow the definition starts ("start" effects); repeatable
  --today DATE      (calendar check) Use YYYY-MM-DD instead of today's date (UTC+8)
  --map FILE        (migrate) The map of states and data
  --dry-run         (migrate) Check and report only; write nothing
  --pglite DIR      (migrate) A PGlite data directory
  --postgres URL    (migrate) A PostgreSQL connection string
  --tenant T        (migrate) The tenant (committee) id; default
  -h, --help        Show this text
  -v, --version     Show the version

Exit status: 0 all passed; 1 issues found, an expectation not met or an instance not migrated;
2 usage error; 3 (calendar check) this year or the next has no calendar data`,
);
