import { text, type LocalizedText } from '../localized-text.js';

/** The usage text of `luzhi`, in both languages. */
export const USAGE: LocalizedText = text(
  `用法：luzhi <命令> [选项]

命令：
  validate 文件...              校验流程定义（JSON）。每处错误一行：文件#/JSON指针: 说明
  simulate 流程定义 场景        在内存存储和虚拟时钟上运行场景（*.scenario.json），
                                逐步打印操作与结果状态，并检查每步的预期
  calendar check                列出有日历数据的年份（内置的和 --calendar 给出的），
                                今年或明年没有数据时给出警告

选项：
  --lang zh-CN|en   输出语言（默认 zh-CN）
  --json            输出机器可读的 JSON
  --calendar FILE   （simulate、calendar check）追加日历文件：新一年的放假通知或本委的
                    特殊日期，可重复
  --today 日期      （calendar check）以 YYYY-MM-DD 代替今天（北京时间）的日期
  -h, --help        显示本说明
  -v, --version     显示版本号

退出码：0 全部通过；1 发现错误或有预期未满足；2 用法错误；
        3 （calendar check）今年或明年没有日历数据`,
  `Usage: luzhi <command> [options]

Commands:
  validate FILE...              Check workflow definitions (JSON). One line per issue:
                                FILE#/json/pointer: message
  simulate DEFINITION SCENARIO  Run a scenario (*.scenario.json) on the in-memory store with a
                                virtual clock, printing each step and its resulting state and
                                checking each step's expectations
  calendar check                List the years with calendar data (bundled, and the files
                                given with --calendar); warn when this year or the next
                                has none

Options:
  --lang zh-CN|en   Language of the output (default zh-CN)
  --json            Machine-readable JSON output
  --calendar FILE   (simulate, calendar check) Add a calendar file — a new year's notice or
                    the committee's own days; repeatable
  --today DATE      (calendar check) Use YYYY-MM-DD instead of today's date (UTC+8)
  -h, --help        Show this text
  -v, --version     Show the version

Exit status: 0 all passed; 1 issues found or an expectation not met; 2 usage error;
             3 (calendar check) this year or the next has no calendar data`,
);
