// Titles and ranks written before a name, and the role nouns of appositives.
// Source: AP Stylebook "military titles", "titles", "legislative titles";
// compiled by hand for Copydesk. Values are the normalized form used to
// compare two titles given to one person.

/** Written form (without a final period) -> normalized title. Longest forms first when matching. */
export const PREFIX_TITLES: Record<string, string> = {
  'Gen': 'Gen.', 'General': 'Gen.', 'Lt. Gen': 'Lt. Gen.', 'Lieutenant General': 'Lt. Gen.',
  'Maj. Gen': 'Maj. Gen.', 'Major General': 'Maj. Gen.', 'Brig. Gen': 'Brig. Gen.', 'Brigadier General': 'Brig. Gen.',
  'Adm': 'Adm.', 'Admiral': 'Adm.', 'Vice Adm': 'Vice Adm.', 'Vice Admiral': 'Vice Adm.', 'Rear Adm': 'Rear Adm.',
  'Rear Admiral': 'Rear Adm.', 'Col': 'Col.', 'Colonel': 'Col.', 'Lt. Col': 'Lt. Col.', 'Lieutenant Colonel': 'Lt. Col.',
  'Maj': 'Maj.', 'Major': 'Maj.', 'Capt': 'Capt.', 'Captain': 'Capt.', 'Lt': 'Lt.', 'Lieutenant': 'Lt.',
  'Sgt': 'Sgt.', 'Sergeant': 'Sgt.', 'Cpl': 'Cpl.', 'Corporal': 'Cpl.', 'Pvt': 'Pvt.', 'Private': 'Pvt.',
  'Cmdr': 'Cmdr.', 'Commander': 'Cmdr.',
  'Sen': 'Sen.', 'Senator': 'Sen.', 'Rep': 'Rep.', 'Representative': 'Rep.', 'Congressman': 'Rep.', 'Congresswoman': 'Rep.',
  'Gov': 'Gov.', 'Governor': 'Gov.', 'Lt. Gov': 'Lt. Gov.', 'Mayor': 'Mayor', 'President': 'President',
  'Vice President': 'Vice President', 'Prime Minister': 'Prime Minister', 'Deputy Prime Minister': 'Deputy Prime Minister',
  'Chancellor': 'Chancellor', 'Secretary': 'Secretary', 'Minister': 'Minister', 'Foreign Minister': 'Foreign Minister',
  'Defense Minister': 'Defense Minister', 'Defence Minister': 'Defense Minister', 'Defense Secretary': 'Defense Secretary',
  'Secretary of State': 'Secretary of State', 'Attorney General': 'Attorney General', 'Judge': 'Judge',
  'Justice': 'Justice', 'Chief Justice': 'Chief Justice', 'Speaker': 'Speaker', 'Ambassador': 'Ambassador',
  'Sheriff': 'Sheriff', 'Commissioner': 'Commissioner', 'Councilman': 'Council member', 'Councilwoman': 'Council member',
  'Councilor': 'Council member', 'Chief': 'Chief', 'Coach': 'Coach', 'King': 'King', 'Queen': 'Queen',
  'Prince': 'Prince', 'Princess': 'Princess', 'Pope': 'Pope', 'Detective': 'Detective', 'Det': 'Detective',
  'Officer': 'Officer', 'Inspector': 'Inspector', 'Superintendent': 'Superintendent', 'Supt': 'Superintendent',
  'CEO': 'CEO', 'Chief Executive': 'CEO', 'CFO': 'CFO', 'Chief Financial Officer': 'CFO', 'COO': 'COO',
  'Assistant Superintendent': 'Assistant Superintendent', 'District Attorney': 'District Attorney',
  'Assistant District Attorney': 'Assistant District Attorney', 'General Manager': 'General Manager', 'Majority Leader': 'Majority Leader',
  'Minority Leader': 'Minority Leader', 'Deputy Mayor': 'Deputy Mayor', 'Prosecutor General': 'Prosecutor General', 'Chairman': 'Chairman',
  'Chairwoman': 'Chairman', 'Council member': 'Council member', 'Councilmember': 'Council member', 'Principal': 'Principal',
  'Dr': 'Dr.', 'Prof': 'Prof.', 'Professor': 'Prof.', 'Rev': 'Rev.', 'Mr': 'Mr.', 'Mrs': 'Mrs.', 'Ms': 'Ms.',
};

/** Courtesy titles: they never conflict with a rank or office. */
export const COURTESY_TITLES = new Set(['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.', 'Rev.']);

/** Words before a title that qualify it without changing it: "Army Gen.", "Ukrainian President". */
export const TITLE_QUALIFIERS = /(?:Army|Navy|Air Force|Marine|Marine Corps|Space Force|Coast Guard|U\.S\.|US|state|State|former|Former|then|acting|Acting|retired|Retired|interim|Interim)\s+$/;

/** Nouns that make an appositive a person's role: "Cal, Under Secretary of Defense", "Podolak, an adviser". */
export const ROLE_NOUNS =
  'secretary|minister|chairman|chairwoman|chair|chairperson|president|vice president|adviser|advisor|aide|spokesman|spokeswoman|spokesperson|director|chief|head|commander|general|admiral|officer|official|governor|mayor|senator|representative|judge|justice|prosecutor|attorney|lawyer|professor|researcher|analyst|economist|scientist|author|founder|co-founder|ceo|executive|manager|coach|player|captain|leader|ambassador|envoy|negotiator|diplomat|lawmaker|legislator|councilman|councilwoman|councilor|sheriff|superintendent|principal|teacher|nurse|doctor|physician|surgeon|epidemiologist|historian|expert|owner|resident|witness|survivor|mother|father|son|daughter|wife|husband|partner|colleague|friend|student|veteran|soldier|sergeant|colonel|lieutenant|major|deputy|undersecretary|commissioner|correspondent|reporter|editor|columnist|activist|organizer|pastor|priest|rabbi|imam|bishop|emeritus|fellow|member|candidate|nominee|incumbent|challenger|speaker|premier|chancellor|king|queen|prince|princess|dean|provost|treasurer|comptroller|auditor|inspector|detective|investigator|agent|consultant|strategist|pollster|trader|banker|investor|partner|president-elect|clerk|administrator|coordinator|supervisor|assistant|associate|parent|neighbor|neighbour|volunteer|organizer|organiser|customer|patient|shopper|commuter|passenger|driver|farmer|homeowner|tenant|landlord|victim|relative|cousin|grandmother|grandfather|brother|sister|worker|employee|firefighter|protester|voter|fan|runner|athlete|paramedic|medic|engineer|technician|pilot|mechanic|chef|artist|musician|actor|writer|poet|photographer|designer|architect|contractor|developer|entrepreneur|shopkeeper|vendor|bartender|waiter|cashier|janitor|guard|ranger|trooper|deputy|constable|marshal|warden|chaplain|counselor|therapist|psychologist|pharmacist|dentist|veterinarian|midwife|caregiver|spokesperson|representative|delegate|councillor|alderman|trustee|regent|chancellor|rector|vicar|minister|elder|chief executive|analyst';
