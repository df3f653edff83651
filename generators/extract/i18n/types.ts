/** Every fixed string of the extract PDF; one data file per locale implements it. */
export interface ExtractStrings {
  title: string;
  months: readonly string[];
  letterhead: { orgnr: string; phone: string; email: string; website: string };
  meta: { date: string; reference: string; received: string; channel: string; delivery: string };
  channels: Record<'letter' | 'email' | 'web-form' | 'in-person' | 'phone', string>;
  deliveries: Record<'post' | 'secure-email' | 'in-person' | 'digital-mailbox', string>;
  confirmation: { heading: string; text: (company: string) => string };
  activities: {
    heading: string;
    intro: string;
    purposes: string;
    legalBasis: string;
    specialCondition: string;
    categories: string;
    recipients: string;
    noRecipients: string;
    retention: string;
    source: string;
    fromYou: string;
    fromLinked: string;
    fromOther: string;
    transfers: string;
    noTransfers: string;
    noRetention: string;
    automated: string;
    noAutomated: string;
    automatedLogic: string;
    automatedConsequences: string;
    law: string;
  };
  copy: {
    heading: string;
    intro: string;
    identity: string;
    name: string;
    personnummer: string;
    samordningsnummer: string;
    address: string;
    label: string;
    value: string;
    documents: string;
    documentTitle: string;
    documentDate: string;
    documentDescription: string;
    enclosed: string;
    note: string;
  };
  sources: { heading: string; intro: string; fromYou: string };
  recipientsActual: { heading: string; intro: string; none: string; recipient: string; date: string; categories: string; description: string };
  withheld: { heading: string; intro: string; what: string; reason: string };
  rights: {
    heading: string;
    intro: string;
    how: Record<'rectification' | 'erasure' | 'restriction' | 'objection' | 'portability', string>;
    contact: string /** Where the public page on asking for one's data is. */;
    page: (url: string) => string;
  };
  complaint: { heading: string; text: string; postal: string; phone: string; email: string; website: string };
  deadline: {
    heading: string;
    received: string;
    deadline: string;
    answered: string;
    onTime: string;
    late: string;
    extended: (deadline: string, notified: string) => string;
    extensionReason: string;
  };
  dpo: { heading: string; text: string; none: string };
  page: (x: number, y: number) => string;
}
