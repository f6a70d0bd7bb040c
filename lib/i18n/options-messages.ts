// The options page's store names and About section (issue 11). Spread into the tables of messages.ts.

export const optionsEn = {
  "options.stores": "Store names",
  "options.stores-hint": "Name your stores as you know them; the popup and notices use these names when you have several stores.",
  "options.stores-none": "No store seen yet: open a dispute list in the seller center first.",
  "options.store-name": "Name of store {store}",
  "about.title": "About",
  "about.version": "Dispute Sentinel {version} · rulebook {rulebook}",
  "about.privacy": "Privacy: everything stays in this browser. No server, no account, no analytics; the extension never sends your data anywhere.",
  "about.reads": "It reads only the seller-center pages you open (and, if you turn the watch on, your dispute lists in a background tab), and the seller center's own answers to those pages. It never calls the platform's APIs itself and never clicks anything.",
  "about.cannot-see": "What it cannot see: disputes on pages you have not opened (turn the watch on, or open your dispute list daily), chat messages, the platform's decisions before the page shows them, and other browsers or computers (use the backup to move your data). Deadlines it cannot read are shown as unknown, never guessed.",
} as const;

export const optionsZh: Record<keyof typeof optionsEn, string> = {
  "options.stores": "店铺名称",
  "options.stores-hint": "按您熟悉的名称给店铺命名；有多个店铺时，弹窗和提醒会使用这些名称。",
  "options.stores-none": "尚未看到任何店铺：请先在卖家后台打开纠纷列表。",
  "options.store-name": "店铺 {store} 的名称",
  "about.title": "关于",
  "about.version": "纠纷哨兵 {version} · 规则版本 {rulebook}",
  "about.privacy": "隐私：所有数据都保存在本浏览器中。没有服务器、没有账号、没有统计；扩展从不把您的数据发送到任何地方。",
  "about.reads": "它只读取您打开的卖家后台页面（如开启自动检查，还包括在后台标签页中打开的纠纷列表），以及卖家后台对这些页面的响应数据。它从不自行调用平台接口，也从不点击任何按钮。",
  "about.cannot-see": "它看不到的内容：您没有打开过的页面上的纠纷（请开启自动检查，或每天打开纠纷列表）、聊天消息、页面尚未显示的平台裁决，以及其他浏览器或电脑上的数据（请用备份迁移）。无法读取的截止时间会显示为未知，绝不猜测。",
};
