// Every string the popup, options page and overlay show, in English and Chinese.
// `{name}` marks a placeholder that `t()` fills; a missing one shows as `[name]`.
import type { UiLanguage } from "../model";

export const en = {
  "app.name": "Dispute Sentinel",

  // Durations (formatDuration)
  "duration.days-hours": "{days} d {hours} h",
  "duration.days": "{days} d",
  "duration.hours-minutes": "{hours} h {minutes} min",
  "duration.hours": "{hours} h",
  "duration.minutes": "{minutes} min",
  "duration.under-minute": "< 1 min",
  "duration.overdue": "overdue {duration}",
  "duration.overdue-now": "overdue",

  // Countdown
  "countdown.under-hour": "< 1 h",
  "countdown.estimated": "estimated",
  "countdown.estimated-hint": "Estimated from a rule, not shown by the page:",

  // Deadline line
  "deadline.unknown": "Deadline unknown",
  "deadline.due": "Due {time}",
  "deadline.platform-time": "platform time {time}",
  "deadline.expiry": "Then: {what}",
  "deadline.information": "for information",
  "deadline.from": "from {time}",

  // Whose move
  "actor.seller": "your move",
  "actor.buyer": "buyer's move",
  "actor.platform": "platform's move",

  // Rule names (DOMAIN.md §1)
  "rule.R-RESPOND": "Respond to the dispute",
  "rule.R-PLATFORM": "Platform may step in",
  "rule.R-RETURN-SHIP": "Buyer ships the return",
  "rule.R-RECEIPT": "Confirm receipt of the return",
  "rule.R-EVIDENCE": "Submit requested evidence",
  "rule.R-CANCEL": "Answer the cancellation request",
  "rule.R-SHIP": "Ship the order",
  "rule.R-PROTECTION": "Buyer protection ends",
  "rule.R-DISPUTE-OPEN": "Buyer may open a dispute",

  // Reasons (DOMAIN.md §4)
  "reason.not-received": "Item not received",
  "reason.not-as-described": "Not as described",
  "reason.wrong-item": "Wrong item",
  "reason.quality": "Quality problem",
  "reason.damaged": "Damaged",
  "reason.missing-parts": "Missing parts",
  "reason.counterfeit": "Counterfeit",
  "reason.change-of-mind": "Changed their mind",
  "reason.other": "Other",
  "reason.unknown": "Unrecognised reason",

  // Statuses (DOMAIN.md §4)
  "status.awaiting-seller": "Awaiting your response",
  "status.awaiting-buyer": "Waiting for the buyer",
  "status.negotiating": "Negotiating",
  "status.platform-review": "AliExpress is reviewing",
  "status.awaiting-buyer-return": "Waiting for the buyer's return",
  "status.awaiting-seller-receipt": "Confirm receipt of the return",
  "status.refunding": "Refund in progress",
  "status.closed": "Closed",
  "status.unknown": "Unrecognised status",

  // Popup
  "popup.urgent-count": "{count} need action within 24 h",
  "popup.open-count": "{count} open",
  "popup.settings": "Settings",
  "popup.empty-title": "No disputes yet",
  "popup.empty-body":
    "Open your dispute list in the seller center; disputes appear here as you browse them. Nothing leaves your browser.",
  "popup.section-closed": "Closed ({count})",
  "popup.order-id": "Order",
  "popup.dispute-id": "Dispute",
  "popup.reason": "Reason",
  "popup.data-age": "data {age} old",
  "popup.data-fresh": "data just read",
  "popup.not-seen-since": "not seen in the list since {time}",
  "popup.open": "Open",
  "popup.snooze": "Snooze 1 h",
  "popup.snoozed-until": "snoozed until {time}",
  "popup.mark-handled": "Mark handled",
  "popup.unmark-handled": "Handled ✓ (undo)",
  "popup.handled": "handled",
  "popup.unknown-value": "unknown",
  "popup.store": "store {store}",
  "popup.store-unnamed": "your store",

  // Notices
  "notice.stale-list":
    "The dispute list of {store} was last read completely {age} ago. Open it to refresh.",
  "notice.never-read":
    "The dispute list of {store} has never been read completely. Open it (no filter) so no dispute is missed.",
  "notice.login-expired":
    "Seller-center login expired for {store} ({age} ago). Log in again; what is known is kept.",

  // Overlay
  "overlay.show-checklist": "Evidence checklist",
  "overlay.hide-checklist": "Hide checklist",
  "overlay.checklist-progress": "{done}/{total} ready",

  // Options
  "options.title": "Dispute Sentinel settings",
  "options.language": "Language",
  "options.language-auto": "Same as the browser",
  "options.platform-zone": "Seller-center time zone",
  "options.platform-zone-hint": "The zone the seller center prints its times in (America/Los_Angeles on AliExpress).",
  "options.dispute-reminders": "Remind me before dispute deadlines",
  "options.order-reminders": "Remind me before order deadlines (ship by, cancellation)",
  "options.thresholds-hint": "Hours before the deadline, separated by commas, e.g. 72, 24, 6, 1",
  "options.quiet-hours": "Quiet hours (no notifications)",
  "options.quiet-start": "From",
  "options.quiet-end": "Until",
  "options.stale-hours": "Warn when a store's dispute list has not been read completely for (hours)",
  "options.rules": "Rule lengths",
  "options.rules-hint": "Leave blank to use the rulebook. A deadline the page shows always wins over a rule.",
  "options.rulebook-version": "Rulebook version {version}",
  "options.rule-default": "rulebook: {hours} h",
  "options.rule-default-none": "rulebook: not published (read from the page)",
  "options.save": "Save",
  "options.saved": "Saved",
  "options.save-failed": "Could not save: {error}",
  "options.fix-errors": "Please fix the marked fields.",
  "options.backup": "Backup",
  "options.export": "Export backup",
  "options.import": "Import backup",
  "options.enabled": "On",

  // Validation errors
  "error.thresholds-empty": "Enter at least one number of hours, or turn these reminders off.",
  "error.thresholds-number": "“{value}” is not a number of hours between 0 and 720.",
  "error.zone": "“{value}” is not a time zone name such as America/Los_Angeles.",
  "error.time": "Use a 24-hour time such as 22:00.",
  "error.quiet-same": "Start and end must differ.",
  "error.stale-hours": "Enter a number of hours between 1 and 720.",
  "error.rule-hours": "Enter a number of hours between 1 and 8760, or leave blank.",
} as const;

export type MessageKey = keyof typeof en;

// Typed against `en`: a missing or an extra key is a type error.
export const zh: Record<MessageKey, string> = {
  "app.name": "纠纷哨兵",

  "duration.days-hours": "{days}天{hours}小时",
  "duration.days": "{days}天",
  "duration.hours-minutes": "{hours}小时{minutes}分",
  "duration.hours": "{hours}小时",
  "duration.minutes": "{minutes}分钟",
  "duration.under-minute": "不到1分钟",
  "duration.overdue": "已超时{duration}",
  "duration.overdue-now": "已超时",

  "countdown.under-hour": "< 1小时",
  "countdown.estimated": "估算",
  "countdown.estimated-hint": "按规则估算，页面未显示：",

  "deadline.unknown": "截止时间未知",
  "deadline.due": "截止 {time}",
  "deadline.platform-time": "平台时间 {time}",
  "deadline.expiry": "超时后：{what}",
  "deadline.information": "仅供参考",
  "deadline.from": "{time} 起",

  "actor.seller": "需您处理",
  "actor.buyer": "等待买家",
  "actor.platform": "等待平台",

  "rule.R-RESPOND": "回应纠纷",
  "rule.R-PLATFORM": "平台可能介入",
  "rule.R-RETURN-SHIP": "买家寄回退货",
  "rule.R-RECEIPT": "确认收到退货",
  "rule.R-EVIDENCE": "提交平台要求的证据",
  "rule.R-CANCEL": "答复取消订单申请",
  "rule.R-SHIP": "订单发货",
  "rule.R-PROTECTION": "买家保护期结束",
  "rule.R-DISPUTE-OPEN": "买家可发起纠纷",

  "reason.not-received": "未收到货",
  "reason.not-as-described": "货不对版",
  "reason.wrong-item": "发错货",
  "reason.quality": "质量问题",
  "reason.damaged": "货物破损",
  "reason.missing-parts": "少件/缺配件",
  "reason.counterfeit": "假货",
  "reason.change-of-mind": "买家个人原因",
  "reason.other": "其他",
  "reason.unknown": "未识别的原因",

  "status.awaiting-seller": "等待您处理",
  "status.awaiting-buyer": "等待买家响应",
  "status.negotiating": "协商中",
  "status.platform-review": "平台介入处理中",
  "status.awaiting-buyer-return": "等待买家退货",
  "status.awaiting-seller-receipt": "等待您确认收货",
  "status.refunding": "退款中",
  "status.closed": "已结束",
  "status.unknown": "未识别的状态",

  "popup.urgent-count": "{count} 个需在24小时内处理",
  "popup.open-count": "{count} 个进行中",
  "popup.settings": "设置",
  "popup.empty-title": "还没有纠纷",
  "popup.empty-body": "请在卖家后台打开纠纷列表；您浏览到的纠纷会出现在这里。数据不会离开您的浏览器。",
  "popup.section-closed": "已结束（{count}）",
  "popup.order-id": "订单号",
  "popup.dispute-id": "纠纷号",
  "popup.reason": "原因",
  "popup.data-age": "数据已有{age}",
  "popup.data-fresh": "数据刚刚读取",
  "popup.not-seen-since": "自{time}起未在列表中出现",
  "popup.open": "打开",
  "popup.snooze": "1小时后提醒",
  "popup.snoozed-until": "已推迟到{time}",
  "popup.mark-handled": "标记为已处理",
  "popup.unmark-handled": "已处理 ✓（撤销）",
  "popup.handled": "已处理",
  "popup.unknown-value": "未知",
  "popup.store": "店铺 {store}",
  "popup.store-unnamed": "您的店铺",

  "notice.stale-list": "{store}的纠纷列表上次完整读取是在{age}前。请打开它以刷新。",
  "notice.never-read": "{store}的纠纷列表还没有被完整读取过。请打开它（不加筛选），以免漏掉纠纷。",
  "notice.login-expired": "{store}的卖家后台登录已过期（{age}前）。请重新登录；已知数据会保留。",

  "overlay.show-checklist": "证据清单",
  "overlay.hide-checklist": "收起清单",
  "overlay.checklist-progress": "已备 {done}/{total}",

  "options.title": "纠纷哨兵设置",
  "options.language": "语言",
  "options.language-auto": "跟随浏览器",
  "options.platform-zone": "卖家后台时区",
  "options.platform-zone-hint": "卖家后台显示时间所用的时区（速卖通为 America/Los_Angeles）。",
  "options.dispute-reminders": "纠纷截止前提醒我",
  "options.order-reminders": "订单截止前提醒我（发货、取消申请）",
  "options.thresholds-hint": "截止前的小时数，用逗号分隔，例如 72, 24, 6, 1",
  "options.quiet-hours": "免打扰时段（不发通知）",
  "options.quiet-start": "从",
  "options.quiet-end": "到",
  "options.stale-hours": "店铺纠纷列表多久未完整读取时提醒（小时）",
  "options.rules": "规则时长",
  "options.rules-hint": "留空则使用规则库。页面显示的截止时间始终优先于规则。",
  "options.rulebook-version": "规则库版本 {version}",
  "options.rule-default": "规则库：{hours} 小时",
  "options.rule-default-none": "规则库：未公布（以页面为准）",
  "options.save": "保存",
  "options.saved": "已保存",
  "options.save-failed": "保存失败：{error}",
  "options.fix-errors": "请修改标出的项。",
  "options.backup": "备份",
  "options.export": "导出备份",
  "options.import": "导入备份",
  "options.enabled": "开启",

  "error.thresholds-empty": "请至少填写一个小时数，或关闭此类提醒。",
  "error.thresholds-number": "“{value}”不是0到720之间的小时数。",
  "error.zone": "“{value}”不是有效的时区名称（例如 America/Los_Angeles）。",
  "error.time": "请使用24小时制时间，例如 22:00。",
  "error.quiet-same": "开始和结束时间不能相同。",
  "error.stale-hours": "请填写1到720之间的小时数。",
  "error.rule-hours": "请填写1到8760之间的小时数，或留空。",
};

export const MESSAGES: Record<UiLanguage, Record<MessageKey, string>> = { en, zh };
