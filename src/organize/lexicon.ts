/**
 * The classifier's knowledge: for each category, words and two-word phrases of general English news vocabulary
 * that point to it. Written by hand from how news desks write about each subject, not from any test article (how
 * it was made and how to extend it: docs/categories.md). A term listed under several categories counts for each
 * in proportion, so shared words ("police", "minister") weigh less than specific ones ("striker", "tsunami").
 * Top-level entries hold words of the subject as a whole ("match", "season" for Sport).
 */
export const LEXICON: Record<string, string> = {
  News: `
    official officials spokesman spokeswoman statement announced authorities report reported reports incident
    public country nation national local residents city town community`,
  'News/Politics': `
    politics political politician politicians government minister ministers prime+minister president presidential
    parliament parliamentary congress senate senator senators congressman congresswoman lawmaker lawmakers legislation
    bill law vote votes voted cabinet opposition party parties republican republicans democrat democrats democratic
    conservative conservatives labour liberal tory tories coalition governor mayor white+house administration policy
    policies reform referendum independence separatist separatists supreme+court nominee nomination confirmation
    impeachment campaign rally protest protesters demonstration demonstrators brexit assembly constitution
    constitutional secretary+of+state chancellor premier regional+government devolution veto`,
  'News/Elections': `
    election elections electoral elect elected re-election reelection candidate candidates ballot ballots polling
    poll polls voter voters voting turnout campaign campaigning primary primaries midterm midterms
    nominee constituency seat seats majority landslide swing+state electorate presidential+race`,
  'News/World': `
    foreign+minister foreign+ministry foreign+affairs diplomat diplomats diplomatic diplomacy embassy ambassador
    united+nations un security+council sanctions treaty summit bilateral international+relations alliance nato
    european+union eu talks negotiations delegation envoy border neighbouring
    sovereignty territory dispute allies ally regime dictator nuclear disarm
    international+court tribunal hague refugees humanitarian aid foreign+policy trade+war`,
  'News/Crime & Justice': `
    police officer officers detective arrest arrested arrests suspect suspects charged charge charges accused
    crime criminal murder murdered killing killed stabbing stabbed stab shooting shot shooter gun gunman weapon
    knife assault attack victim victims court trial judge jury prosecutor prosecutors prosecution sentence
    sentenced prison jail custody bail guilty convicted conviction lawsuit investigation investigators fbi
    homicide robbery theft burglary fraud domestic+violence attempted+murder manslaughter death+penalty terror
    terrorist terrorism inquest magistrates crown+court`,
  'News/Disasters & Accidents': `
    disaster disasters accident accidents crash crashed collision earthquake quake tsunami flood floods flooding
    fire fires blaze wildfire explosion blast emergency rescue rescuers rescue+efforts survivors death+toll
    victims missing injured injuries evacuated evacuation debris rubble plane+crash derailment landslide
    volcano eruption aid+workers relief shelters casualties collapsed`,
  'News/Conflict & War': `
    war wars military army troops soldiers forces armed+conflict fighting combat airstrike airstrikes bombing
    missile missiles rebels militants insurgents ceasefire truce peace+process invasion occupation offensive
    defence defense ministry weapons shelling battle battlefield veterans civil+war militia casualties`,
  'News/Weather': `
    weather forecast forecasters meteorologist meteorological hurricane storm storms tropical+storm tropical+depression rain rainfall heavy+rain snow snowfall heatwave heat+wave temperatures temperature wind winds gusts
    drought flash+flooding flood+warning typhoon cyclone thunderstorms national+weather+service`,
  'News/Religion': `
    church churches religious religion faith worship pope vatican bishop bishops priest priests clergy
    congregation parish mosque mosques imam muslim muslims islam islamic christian christians christianity
    catholic protestant jewish synagogue rabbi temple prayer prayers pilgrimage sermon cathedral chapel
    reverend`,
  Business: `
    business company companies firm firms industry market markets economy economic profit profits revenue sales
    investors investment billion million shares deal`,
  'Business/Economy': `
    economy economic economist economists growth gdp recession inflation interest+rates central+bank tax taxes
    taxation budget deficit debt spending fiscal treasury finance+minister chancellor trade tariffs
    exports imports prices cost+of+living housing+market property house+prices mortgage wages income productivity
    unemployment rate currency exchange+rate`,
  'Business/Markets': `
    stock stocks shares share+price stock+market stock+exchange index dow+jones nasdaq ftse traders trading
    investors bonds bond yields oil+price commodities futures currency dollar euro sterling rally sell-off wall+street hedge+fund valuation ipo`,
  'Business/Companies': `
    company companies firm chief+executive ceo chairman board shareholders profit profits revenue sales quarterly
    results earnings takeover merger acquisition brand brands retailer retailers supermarket stores store chain
    chains customers consumer consumers products launch expansion market+share department+store startup`,
  'Business/Industry': `
    industry industrial manufacturing manufacturer manufacturers factory factories plant plants production
    carmakers carmaker car+industry automotive car+manufacturing supply+chain energy oil gas pipeline exports
    steel mining airline airlines aviation shipping agriculture farming farmers`,
  'Business/Labour': `
    workers worker employees employee staff jobs job+cuts layoffs redundancies hiring strike strikes union unions
    trade+union wages wage minimum+wage pay pension pensions retirement employment unemployment labour+market
    working+conditions`,
  Science: `
    science scientific scientist scientists research researchers study studies university laboratory`,
  'Science/Research': `
    research researchers study studies scientist scientists scientific findings experiment experiments
    laboratory lab journal published+in university professor data evidence discovery discovered survey analysis`,
  Technology: `
    technology technologies tech artificial+intelligence ai a.i. machine+learning algorithm algorithms robot
    robots robotics innovation engineers engineering software hardware computing computer computers chips
    semiconductor electric+vehicles battery batteries`,
  'Technology/Digital': `
    internet online digital website websites app apps smartphone smartphones social+media twitter facebook google
    apple microsoft amazon data privacy cyber cyberattack hackers hacking broadband telecoms platform platforms
    users`,
  'Science/Natural Science': `
    physics physicist physicists chemistry chemist biology biologist astronomy astronomer astronomers space nasa
    planet planets telescope species fossil fossils evolution particle climate+scientists geology`,
  'Science/Biomedicine': `
    genetic genes gene dna genome cells cell immune+system vaccine trial clinical+trial biology biologists
    molecules protein stem+cells`,
  'Science/Social Sciences': `
    sociologist sociology psychologist psychology economist historians anthropology survey found analysts
    researchers behaviour behavior`,
  Health: `
    health medical patients patient doctors doctor hospital hospitals treatment care`,
  'Health/Diseases': `
    disease diseases illness virus viruses infection infections infected outbreak epidemic pandemic cases hiv
    aids cancer tumour tumor diabetes malaria tuberculosis flu influenza measles cholera dementia heart+disease
    stroke obesity symptoms diagnosed diagnosis mortality rare+disease`,
  'Health/Health Care': `
    health+service nhs healthcare health+care health+secretary health+minister hospitals patients waiting+lists
    nurses nursing doctors gp clinics insurance medicare medicaid staff+shortages health+system`,
  'Health/Treatment': `
    treatment treatments therapy therapies drug drugs medicine medicines vaccine vaccines vaccination cure
    surgery surgeon transplant clinical+trial trials dose doses immune+system immunotherapy pharmaceutical
    prescription patients`,
  'Health/Hospitals': `
    hospital hospitals ward wards emergency+department intensive+care clinic clinics beds ambulance`,
  Sport: `
    sport sports match matches game games season team teams player players coach manager win won victory defeat
    beat lost champion champions championship title tournament league cup final fans stadium score scored
    points record race races captain`,
  'Sport/Football': `
    football soccer goal goals scored striker strikers midfielder defender defenders goalkeeper keeper penalty
    penalties free+kick corner header equaliser equalizer premier+league premiership fifa uefa champions+league
    europa+league world+cup manager boss club clubs side squad kick-off kickoff half-time second+half first+half
    away+win home+win draw clean+sheet dugout pitch transfer signing`,
  'Sport/Tennis': `
    tennis wimbledon grand+slam us+open french+open australian+open atp wta sets set tie-break tiebreak serve
    seeded racket`,
  'Sport/Golf': `
    golf golfer golfers ryder+cup pga masters open+championship birdie birdies bogey par holes hole putt putts
    fairway singles tee course`,
  'Sport/Basketball': `
    basketball nba court point+guard forward dunk three-pointer rebounds assists
    playoffs`,
  'Sport/Rugby': `
    rugby try tries conversion scrum lineout ruck fly-half flanker prop hooker six+nations premiership+rugby
    super+rugby rugby+union rugby+league`,
  'Sport/Athletics': `
    athletics athlete athletes track+and+field sprint sprinter sprinters marathon hurdles relay olympic olympics
    medal medals world+championships personal+best long+jump high+jump`,
  'Sport/Cycling': `
    cycling cyclist cyclists tour+de+france peloton stage+race yellow+jersey giro vuelta sprint+finish`,
  'Sport/Ice Hockey': `
    ice+hockey hockey nhl puck goaltender netminder faceoff power+play rink period periods overtime`,
  Culture: `
    culture cultural arts artist artists entertainment star stars fans show`,
  'Culture/Arts': `
    art artist artists exhibition gallery museum painting paintings sculpture theatre theater opera
    ballet dance festival`,
  'Culture/Film': `
    film films movie movies cinema director actor actress box+office hollywood screen sequel comedy drama
    thriller premiere review starring cast oscar oscars bafta`,
  'Culture/Music': `
    music musician musicians singer singers song songs album albums band bands rapper rap hip+hop pop rock jazz
    concert concerts tour gig record+label lyrics genre chart charts`,
  'Culture/Books': `
    book books author authors novel novels novelist publisher publishers publishing literature literary poet
    poetry writer writers manuscript letter letters library libraries children's+book`,
  'Culture/Media': `
    media television tv channel broadcast broadcaster broadcasters radio programme program show viewers ratings
    audience newspaper newspapers journalist journalists reporter press streaming interview`,
  'Culture/Celebrities': `
    celebrity celebrities star stars famous fans singer rapper actor actress reality+tv instagram twitter married wedding divorce interview revealed`,
  'Culture/Heritage': `
    history historic historical heritage anniversary centenary century war+memorial commemoration commemorated
    celebrated monument statue legacy archive archives ancient world+war+one world+war+two`,
  Lifestyle: `
    lifestyle people life living home family weekend`,
  'Lifestyle/Leisure': `
    travel holiday holidays tourism tourists food drink restaurant restaurants pub pubs beer wine cooking
    recipe hobby leisure garden gardening`,
  'Lifestyle/Wellness': `
    wellbeing wellness fitness exercise diet sleep mental+health mindfulness yoga healthy+lifestyle stress`,
  'Lifestyle/Fashion': `
    fashion fashion+show fashion+week designer designers catwalk runway collection couture style clothes
    clothing dress dresses models trend trends beauty`,
  'Lifestyle/Human Interest': `
    bizarre unusual remarkable heartwarming tragic family mother father son daughter birthday
    celebration viral`,
  'Lifestyle/Animals': `
    animal animals pet pets dog dogs cat cats pig pigs horse horses farm+animal zoo wildlife species`,
  Environment: `
    environment environmental nature climate`,
  'Environment/Climate': `
    climate climate+change global+warming emissions carbon carbon+dioxide greenhouse+gases fossil+fuels renewable
    renewables net+zero paris+agreement temperatures rising+sea levels`,
  'Environment/Conservation': `
    conservation conservationists habitat habitats protected endangered+species biodiversity
    reserve reserves rewilding`,
  'Environment/Pollution': `
    pollution polluted plastic plastics toxic contamination sewage air+quality emissions waste spill oil+spill fish+kill water+quality`,
  'Environment/Natural Resources': `
    water+supply natural+resources forest forests deforestation mining minerals fishing fisheries land`,
  'Environment/Nature': `
    nature wildlife birds bird species insects trees landscape ecology ecologist ecosystem habitats
    marine wild`,
  Education: `
    education school schools pupils students teachers university universities`,
  'Education/Schools': `
    school schools pupils pupil classroom classrooms headteacher primary+school secondary+school exams
    curriculum ofsted`,
  'Education/Universities': `
    university universities students student college colleges campus tuition+fees degree graduates academic`,
  'Education/Teachers': `
    teacher teachers teaching staff headteacher union`,
  'Education/Education Policy': `
    education+secretary education+minister education+policy funding+for+schools school+funding reforms`,
  Society: `
    society social people community communities families women men children`,
  'Society/Immigration': `
    migrant migrants migration immigrant immigrants immigration refugee refugees asylum asylum+seekers border
    deportation deported detention detained visas`,
  'Society/Family': `
    family families parents parent children child mother father marriage adoption childcare`,
  'Society/Discrimination': `
    discrimination racism racist sexism sexist equality inequality gender women rights feminist feminism
    harassment sexual+harassment lgbt gay sexuality prejudice`,
  'Society/Welfare': `
    welfare benefits homeless homelessness poverty food+banks social+housing charity charities`,
  'Society/Social Problems': `
    suicide suicides addiction drug+abuse alcohol loneliness mental+illness self-harm vulnerable`,
  'Society/Communities': `
    community communities neighbourhood neighborhood residents volunteers local+people town village`,
};
