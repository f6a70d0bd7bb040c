// Short English and Chinese templates for every rules message key; the UI fills the
// placeholders ({start}, {hours}, {readAt}, {openedAt}) with
// instants formatted in the seller's zone. Typed per language so a missing key fails tsc.
import type { MessageKey } from "./explanations";

export type ExplanationMessages = Record<MessageKey, string>;

const en: ExplanationMessages = {
  "deadline.page.shown": "shown by the page (read {readAt})",
  "deadline.rule.afterBuyerChange": "estimated: {hours} h after the buyer changed the request on {start}",
  "deadline.rule.afterLastUpdate": "estimated from the last update: {hours} h after {start}",
  "deadline.rule.afterOpening": "estimated from the opening time: {hours} h after {start}",
  "deadline.rule.afterReturnAgreed": "estimated: {hours} h after the return was agreed (seen {start})",
  "deadline.rule.afterCancelRequest": "estimated: {hours} h after the cancellation request (seen {start})",
  "deadline.info.platformMayStepIn": "the platform may step in from this time ({hours} h after opening on {start})",
  "deadline.unknown.noBuyerChangeSeen":
    "deadline unknown: the dispute is older than 5 days (opened {openedAt}) and we have not seen the buyer's last change",
  "deadline.unknown.updateTooOld":
    "deadline unknown: last updated {updatedAt}, over 5 days ago, and still awaiting you; we have not seen the buyer's last change",
  "deadline.unknown.noStartSeen": "deadline unknown: we have not seen when this step started",
  "deadline.unknown.pageOnly": "deadline unknown: the platform does not publish this length; open the page to read its countdown",
  "deadline.unknown.statusNotRecognised": "deadline unknown: status not recognised",
  "expiry.buyerProposalExecuted": "the platform carries out the buyer's proposal",
  "expiry.platformProposesSolution": "the platform proposes its own solution",
  "expiry.closedInSellerFavour": "the dispute closes in your favour",
  "expiry.buyerRefundedUnconfirmed": "the buyer is refunded automatically",
  "expiry.decidedOnSubmittedEvidence": "decided on the evidence submitted",
  "expiry.orderCancelled": "the order is cancelled automatically",
  "expiry.orderCancelledBuyerRefunded": "the order is cancelled and the buyer refunded",
  "expiry.buyerMustDisputeBefore": "the buyer can no longer open a dispute",
  "expiry.none": "nothing happens automatically",
  "start.buyerOpensOrModifies": "the buyer opens or changes the dispute",
  "start.disputeOpened": "the dispute is opened",
  "start.returnAgreed": "the return is agreed",
  "start.returnTrackingSubmitted": "the buyer submits the return tracking number",
  "start.platformRequest": "the platform requests evidence",
  "start.cancellationRequested": "the buyer requests cancellation",
  "start.paymentCleared": "the payment clears",
  "start.shipment": "the order ships",
  "start.shipmentOrCompletion": "shipment / order completion",
};

const zh: ExplanationMessages = {
  "deadline.page.shown": "页面显示（读取于 {readAt}）",
  "deadline.rule.afterBuyerChange": "估算：买家于 {start} 修改纠纷后 {hours} 小时",
  "deadline.rule.afterLastUpdate": "按最后更新时间估算：{start} 后 {hours} 小时",
  "deadline.rule.afterOpening": "按发起时间估算：{start} 后 {hours} 小时",
  "deadline.rule.afterReturnAgreed": "估算：同意退货（{start} 看到）后 {hours} 小时",
  "deadline.rule.afterCancelRequest": "估算：买家申请取消（{start} 看到）后 {hours} 小时",
  "deadline.info.platformMayStepIn": "平台可能自此介入（{start} 发起后 {hours} 小时）",
  "deadline.unknown.noBuyerChangeSeen": "截止时间未知：纠纷已超过 5 天（发起于 {openedAt}），未看到买家最近一次修改",
  "deadline.unknown.updateTooOld": "截止时间未知：最后更新（{updatedAt}）已超过 5 天，纠纷仍等待您处理，未看到买家最近一次修改",
  "deadline.unknown.noStartSeen": "截止时间未知：未看到此阶段的开始时间",
  "deadline.unknown.pageOnly": "截止时间未知：平台未公布时长，请打开页面查看倒计时",
  "deadline.unknown.statusNotRecognised": "截止时间未知：无法识别的状态",
  "expiry.buyerProposalExecuted": "平台将按买家方案执行",
  "expiry.platformProposesSolution": "平台将给出方案",
  "expiry.closedInSellerFavour": "纠纷以有利于卖家的方式关闭",
  "expiry.buyerRefundedUnconfirmed": "系统自动退款给买家",
  "expiry.decidedOnSubmittedEvidence": "按已提交的证据裁决",
  "expiry.orderCancelled": "订单自动取消",
  "expiry.orderCancelledBuyerRefunded": "订单取消并退款给买家",
  "expiry.buyerMustDisputeBefore": "买家不能再发起纠纷",
  "expiry.none": "不会自动发生任何事",
  "start.buyerOpensOrModifies": "买家发起或修改纠纷",
  "start.disputeOpened": "纠纷发起",
  "start.returnAgreed": "同意退货",
  "start.returnTrackingSubmitted": "买家提交退货运单号",
  "start.platformRequest": "平台要求提供证据",
  "start.cancellationRequested": "买家申请取消订单",
  "start.paymentCleared": "付款审核通过",
  "start.shipment": "订单发货",
  "start.shipmentOrCompletion": "发货 / 订单完成",
};

export const EXPLANATION_MESSAGES: { en: ExplanationMessages; zh: ExplanationMessages } = { en, zh };
