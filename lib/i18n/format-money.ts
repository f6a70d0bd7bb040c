// An amount in the UI language: "US$12.50" / "US$12.50" in Chinese; an unknown currency code shown beside the number.
import type { Money, UiLanguage } from "../model";

export function formatMoney(money: Money, lang: UiLanguage): string {
  const locale = lang === "zh" ? "zh-CN" : "en-US";
  try {
    return new Intl.NumberFormat(locale, { style: "currency", currency: money.currency }).format(money.amount);
  } catch {
    return `${new Intl.NumberFormat(locale).format(money.amount)} ${money.currency}`;
  }
}
