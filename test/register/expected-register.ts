/**
 * The register fixture (test/fixtures/register/content) as its record of processing must read,
 * every value checked by hand against the YAML: the exports are compared with this, not with the
 * row builders they are made from. One array per sheet: the header row, then the data rows.
 */
export const EXPECTED_SHEETS: Record<string, string[][]> = {
  'Holding': [
    ['Personuppgiftsansvarig', 'Organisationsnummer', 'Behandling', 'Namn och kontaktuppgifter', 'Ändamålen med behandlingen', 'Rättslig grund', 'Lagstöd', 'Art. 9-villkor', 'Kategorier av registrerade', 'Kategorier av personuppgifter', 'Kategorier av mottagare', 'Överföringar till tredjeland', 'Tidsfrister för radering', 'Tekniska och organisatoriska säkerhetsåtgärder', 'Källa', 'Senast granskad'],
    ['Testomsorg Holding AB', '556000-0001', 'Kundakt', 'Personuppgiftsansvarig: Testomsorg Holding AB (556000-0001), Storgatan 1, 111 22 Exempelstad, info@testomsorg.example, +46 8 123 456\nGemensamt personuppgiftsansvariga: Testomsorg Assistans AB\nDataskyddsombud: Dora Dataskydd, dataskydd@testomsorg.example', 'Dokumentera insatser enligt lag.', 'Dokumentera insatser enligt lag: Rättslig förpliktelse (artikel 6.1 c i dataskyddsförordningen)', '21 a § LSS', 'Hälso- och sjukvård, social omsorg och förvaltning av sådana system (artikel 9.2 h i dataskyddsförordningen)', 'Kunder', 'Kontaktuppgifter\nPersonnummer\nUppgifter om hälsa', 'Kommunen', 'US: Standardavtalsklausuler (Journalsystem AB)', 'Personakt: 2 år från sista anteckningen (21 c § LSS); raderas', 'Behörighetsstyrning\nUtbildning i dataskydd', 'Den registrerade\nKommunen', '2026-06-15'],
    ['Testomsorg Holding AB', '556000-0001', 'Löneadministration', 'Personuppgiftsansvarig: Testomsorg Holding AB (556000-0001), Storgatan 1, 111 22 Exempelstad, info@testomsorg.example, +46 8 123 456\nDataskyddsombud: Dora Dataskydd, dataskydd@testomsorg.example', 'Betala ut lön enligt anställningsavtalet.\nBokföra löneutbetalningar.', 'Betala ut lön enligt anställningsavtalet: Avtal (artikel 6.1 b i dataskyddsförordningen)\nBokföra löneutbetalningar: Rättslig förpliktelse (artikel 6.1 c i dataskyddsförordningen)', '7 kap. 2 § BFL', '', 'Medarbetare', 'Kontaktuppgifter\nPersonnummer\nLön och bankkonto', 'Skatteverket', 'Inga överföringar till tredjeland', 'Räkenskapsinformation: 7 år från utgången av räkenskapsåret (7 kap. 2 § BFL); raderas', 'Behörighetsstyrning', 'Den registrerade', '2026-06-15'],
  ],
  'Assistans': [
    ['Personuppgiftsansvarig', 'Organisationsnummer', 'Behandling', 'Namn och kontaktuppgifter', 'Ändamålen med behandlingen', 'Rättslig grund', 'Lagstöd', 'Art. 9-villkor', 'Kategorier av registrerade', 'Kategorier av personuppgifter', 'Kategorier av mottagare', 'Överföringar till tredjeland', 'Tidsfrister för radering', 'Tekniska och organisatoriska säkerhetsåtgärder', 'Källa', 'Senast granskad'],
    ['Testomsorg Assistans AB', '556000-0019', 'Kundakt', 'Personuppgiftsansvarig: Testomsorg Assistans AB (556000-0019), Lillgatan 2, 111 23 Exempelstad, assistans@testomsorg.example\nGemensamt personuppgiftsansvariga: Testomsorg Holding AB\nDataskyddsombud: Dora Dataskydd, dataskydd@testomsorg.example', 'Dokumentera insatser enligt lag.', 'Dokumentera insatser enligt lag: Rättslig förpliktelse (artikel 6.1 c i dataskyddsförordningen)', '21 a § LSS', 'Hälso- och sjukvård, social omsorg och förvaltning av sådana system (artikel 9.2 h i dataskyddsförordningen)', 'Kunder', 'Kontaktuppgifter\nPersonnummer\nUppgifter om hälsa', 'Kommunen', 'US: Standardavtalsklausuler (Journalsystem AB)', 'Personakt: 2 år från sista anteckningen (21 c § LSS); raderas', 'Behörighetsstyrning\nUtbildning i dataskydd', 'Den registrerade\nKommunen', '2026-06-15'],
  ],
  'Biträde Assistans': [
    ['Namn och kontaktuppgifter', 'Kategorier av behandling', 'Överföringar till tredjeland', 'Tekniska och organisatoriska säkerhetsåtgärder'],
    ['Personuppgiftsbiträde: Testomsorg Assistans AB (556000-0019), Lillgatan 2, 111 23 Exempelstad, assistans@testomsorg.example\nBehandlar för: Exempelstads kommun, kommunen@exempelstad.example\nDataskyddsombud: Dora Dataskydd, dataskydd@testomsorg.example', 'Utförande av hemtjänstinsatser på uppdrag av kommunen', 'Inga överföringar till tredjeland', 'Behörighetsstyrning'],
  ],
  'Personuppgiftsbiträden': [
    ['Personuppgiftsbiträde', 'Tjänst', 'Land', 'Biträdesavtal tecknat', 'Avtalsreferens', 'Underbiträden', 'Anlitas av', 'Behandlingar'],
    ['Journalsystem AB', 'Digitalt journalsystem', 'SE', '2025-05-01', 'PUB-2025-01', 'Molntjänst Inc (US): Drift av servrar', 'Testomsorg Assistans AB', 'Kundakt'],
  ],
  'Gallringsplan': [
    ['Behandling', 'Handlingstyp', 'Kategorier av personuppgifter', 'Bevarandetid', 'Räknas från', 'Lagstöd', 'Därefter', 'Anmärkning'],
    ['Kundakt', 'Personakt', 'Kontaktuppgifter\nPersonnummer\nUppgifter om hälsa', '2 år', 'sista anteckningen', '21 c § LSS', 'Raderas', ''],
    ['Löneadministration', 'Räkenskapsinformation', 'Kontaktuppgifter\nPersonnummer\nLön och bankkonto', '7 år', 'utgången av räkenskapsåret', '7 kap. 2 § BFL', 'Raderas', ''],
  ],
  'Säkerhetsåtgärder': [
    ['Åtgärd', 'Typ', 'Beskrivning', 'Behandlingar'],
    ['Behörighetsstyrning', 'Teknisk', 'Bara den som behöver uppgifterna i sitt arbete får behörighet, och behörigheterna ses över varje halvår.', 'Kundakt\nLöneadministration'],
    ['Utbildning i dataskydd', 'Organisatorisk', 'Alla nyanställda går en introduktion i dataskydd, och alla medarbetare repeterar den varje år.', 'Kundakt'],
  ],
  'Delegeringar': [
    ['Delegerat av', 'Delegerat till', 'Bolag', 'Omfattning', 'Vad', 'Från och med', 'Till och med', 'Delegeringsavtal'],
    ['Vera Verkställande', 'Chris Chefsson', 'Testomsorg Assistans AB', 'Ansvar', 'Ansvar för att behandlingen av kunduppgifter i assistansen följer policyn', '2025-09-01', '', 'DEL-2025-01'],
  ],
};
