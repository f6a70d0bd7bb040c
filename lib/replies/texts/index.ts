// Every reply language's texts; the Record type makes a missing language a compile error.
import type { ReplyLanguage } from "../languages";
import type { LanguagePack } from "../template-ids";
import { DE } from "./de";
import { EN } from "./en";
import { ES } from "./es";
import { FR } from "./fr";
import { KO } from "./ko";
import { PL } from "./pl";
import { PT } from "./pt";
import { RU } from "./ru";
import { ZH } from "./zh";

export const LANGUAGE_PACKS: Readonly<Record<ReplyLanguage, LanguagePack>> = {
  en: EN, es: ES, fr: FR, pt: PT, ru: RU, de: DE, pl: PL, ko: KO, zh: ZH,
};
