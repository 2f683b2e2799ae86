// Capitalized words that are places, institutions, groups or calendar words,
// never a person's surname in news copy. Source: ISO 3166 short names, the
// largest world capitals and news datelines, and AP's list of common
// institutional names; compiled by hand for Copydesk. Matching is on single
// words, so multi-word names appear as their distinctive word.

export const NOT_PERSON_WORDS = new Set(`
Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan Bahamas Bahrain
Bangladesh Barbados Belarus Belgium Belize Benin Bhutan Bolivia Bosnia Botswana Brazil Brunei Bulgaria
Burundi Cambodia Cameroon Canada Chad Chile China Colombia Comoros Congo Croatia Cuba Cyprus Czechia
Denmark Djibouti Dominica Ecuador Egypt Eritrea Estonia Eswatini Ethiopia Fiji Finland France Gabon Gambia
Georgia Germany Ghana Greece Grenada Guatemala Guinea Guyana Haiti Honduras Hungary Iceland India Indonesia
Iran Iraq Ireland Israel Italy Jamaica Japan Jordan Kazakhstan Kenya Kiribati Korea Kosovo Kuwait Kyrgyzstan
Laos Latvia Lebanon Lesotho Liberia Libya Liechtenstein Lithuania Luxembourg Madagascar Malawi Malaysia
Maldives Mali Malta Mauritania Mauritius Mexico Micronesia Moldova Monaco Mongolia Montenegro Morocco
Mozambique Myanmar Namibia Nauru Nepal Netherlands Nicaragua Niger Nigeria Norway Oman Pakistan Palau
Palestine Panama Paraguay Peru Philippines Poland Portugal Qatar Romania Russia Rwanda Samoa Senegal Serbia
Seychelles Singapore Slovakia Slovenia Somalia Spain Sudan Suriname Sweden Switzerland Syria Taiwan
Tajikistan Tanzania Thailand Togo Tonga Trinidad Tunisia Turkey Turkmenistan Tuvalu Uganda Ukraine Uruguay
Uzbekistan Vanuatu Vatican Venezuela Vietnam Yemen Zambia Zimbabwe America Europe Asia Africa Antarctica
Britain England Scotland Wales Crimea Donbas Donetsk Luhansk Kherson Zaporizhzhia Zaporizhia Kharkiv Kyiv
Kiev Odesa Odessa Mariupol Bakhmut Lviv Moscow Beijing Tokyo Delhi Paris London Berlin Madrid Rome Washington
Brussels Vienna Warsaw Prague Budapest Athens Ankara Istanbul Tehran Baghdad Damascus Beirut Jerusalem Gaza
Cairo Riyadh Dubai Doha Kabul Islamabad Seoul Pyongyang Taipei Manila Jakarta Bangkok Hanoi Sydney
Melbourne Ottawa Toronto Montreal Vancouver Chicago Boston Atlanta Dallas Houston Denver Seattle Phoenix
Miami Detroit Philadelphia Baltimore Brooklyn Manhattan Queens Bronx California Texas Florida Ohio Michigan
Virginia Maryland Arizona Nevada Oregon Utah Iowa Kansas Kentucky Louisiana Alabama Mississippi Tennessee
Carolina Dakota Montana Wyoming Idaho Alaska Hawaii Maine Vermont Massachusetts Connecticut Delaware
Pennsylvania Wisconsin Minnesota Missouri Nebraska Oklahoma Arkansas Indiana Illinois Colorado Mexico
Pentagon Kremlin Congress Parliament Senate House Capitol Downing Whitehall Bundestag Duma Knesset
Reuters Bloomberg Google Apple Amazon Microsoft Meta Facebook Twitter Tesla Boeing Airbus Nvidia Netflix
Walmart Toyota Samsung Gazprom Rosneft Interfax Tass Xinhua Ukrinform
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July
August September October November December Christmas Easter Ramadan Hanukkah Thanksgiving
God Internet Earth Moon Sun Dnieper Dnipro Danube Thames Rhine Volga Nile Amazon Mississippi Atlantic
Pacific Arctic Mediterranean Baltic Black Caspian Red Gulf Channel Peninsula Street Avenue Road Square
Club Post Times Journal Herald Tribune Gazette Guardian Telegraph Independent Economist Ministry Department
University College School Institute Center Centre Council Committee Commission Agency Bureau Office
Service Party Union Army Navy Force Forces Guard Corps Court Bank Fund Company Corporation Group Foundation
Association Federation Society Hospital Clinic Church Cathedral Mosque Temple Museum Library Airport
Station Bridge River Lake Sea Ocean Mountain Mountains Valley Island Islands Bay Coast City County State
States Province Region Oblast District Kingdom Republic Federation Empire Administration Government
Cabinet Assembly Police Airlines Railways Motors Industries Holdings Partners Media News Press Network
Northern Southern Eastern Western Central North South East West Upper Lower Greater New Old Saint
Democrat Democrats Republican Republicans Democratic Labour Labor Conservative Conservatives Liberal Liberals
Green Greens Socialist Communist Taliban Hamas Hezbollah Wagner Kremlin NATO Soviet Allied Allies Axis
Russian Russians Ukrainian Ukrainians American Americans British Briton Britons French German Germans
Chinese Japanese Korean Koreans Indian Indians Iranian Iranians Iraqi Iraqis Syrian Syrians Israeli Israelis
Palestinian Palestinians Turkish Polish Italian Spanish Mexican Canadian Australian European Europeans
African Asian Arab Arabs Western Westerners Belarusian Georgian Moldovan Chechen Crimean Jewish Muslim
Christian Catholic Orthodox Protestant Sunni Shiite Kurdish Kurds
`.split(/\s+/).filter(Boolean));

/**
 * Words that end a company's name ("Pellham Foods", "Arden Group", "Corvo Inc."): the words before
 * them name the company, and one of them used alone later ("Pellham said") is the company too.
 * Not words that end names taken from people or places (Foundation, University, Street).
 */
export const COMPANY_WORDS = new Set(`
Foods Group Company Corporation Inc Corp Co Ltd Holdings Partners Industries Motors Airlines Airways Bank Bancorp
Capital Energy Systems Technologies Labs Laboratories Pharmaceuticals Pharma Therapeutics Insurance
Financial Analytics Electric Entertainment Communications Networks Brands Stores Realty Properties
Logistics Software Securities Investments Ventures Enterprises Products Manufacturing Restaurants
Hotels Resorts Media
`.split(/\s+/).filter(Boolean));
for (const w of COMPANY_WORDS) NOT_PERSON_WORDS.add(w);

/** Words that start sentences or stand capitalized without naming anyone. */
export const COMMON_CAPITALIZED = new Set(`
The A An He She It They We I You His Her Its Their Our My Your This That These Those There Here
But And Or So Yet For Nor If When While Where Why How What Who Whom Whose Which After Before Since Until
As At By From In Into On Onto Of Off Out Over Under Up Down With Without Within About Above Across Against
Along Among Around Behind Below Beneath Beside Besides Between Beyond During Except Inside Near Outside
Through Throughout Toward Towards Upon Via Despite Although Though Because Unless Whether Also Still Even
Only Just Now Then Meanwhile However Moreover Furthermore Instead Otherwise Indeed Perhaps Maybe Yes No Not
Some Many Most Much More Few Fewer Less Least All Any Each Every Both Either Neither Other Another Such
Mr Mrs Ms Dr Sir Madam Lord Lady Officials Official Authorities Police Experts Analysts Critics Residents
Witnesses Sources Source Data Figures Photo Image Video Update Editor Note Correction Related Read See
Watch Listen Share Comment Advertisement Subscribe Sign Log Home Menu Search Top Latest Breaking Live
Today Yesterday Tomorrow Tonight Last Next First Second Third Final Early Late Later Earlier Ago
Actions Edits Part Several Although Amid Overall Once Twice Already Again Ever Never Always Often
Sometimes Yet Thus Hence Therefore Accordingly Finally Firstly Secondly Lastly Notably Specifically
Nobody Everyone Everybody Someone Somebody Anyone Anybody Nothing Everything Something
Firefighters Organizers Organisers Protesters Doctors Nurses Teachers Parents Students Workers Voters
Neighbors Neighbours Scientists Researchers Investigators Prosecutors Lawyers Observers Medics Paramedics
Rescuers Volunteers Survivors Witnesses Locals Shoppers Commuters Passengers Drivers Farmers Fans Players
Coaches Managers Owners Landlords Tenants Patients Families Relatives Victims Soldiers Troops Lawmakers
Legislators Senators Democrats Republicans Economists Historians Experts Engineers Inspectors Auditors
`.split(/\s+/).filter(Boolean));
