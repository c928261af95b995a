#!/usr/bin/env python3
"""frames.py: writes frames.jsonl, the attribution frames TestFrames reads.

Each case is a short article (title, a lead paragraph of narration, the frame's paragraph(s), a closing
paragraph of narration) built from one frame of general news English -- an attribution shape such as
'"Q," said TITLE NAME ADJUNCT.' or 'According to ORG, CLAUSE.' -- with fillers drawn at random (names,
titles, appositives, adjuncts, verbs, quotes, clauses), and the statements a careful reader takes from it
under the gold conventions of testdata/README.md. Families AD-AJ, AR and AX are negative: narration,
unnamed sources, titles of works, headlines, captions, bylines, link lists, "declined to comment", chants:
no statement at all.

Regenerate (deterministic): python3 frames.py > frames.jsonl   (N cases per family, default 10; SEED, default 1)
"""
import json, random, os
SPLIT = 'tune'
N = int(os.environ.get('N', '10'))
rnd = random.Random(int(os.environ.get('SEED', '1')))

def half(tune, held):
    return tune if SPLIT == 'tune' else held
PEOPLE = half([('Jean-Marie Mokoko', 'm'), ('Tom Berryhill', 'm'), ('Abdiasis Abu Musab', 'm'), ('Maria Espinosa', 'f'), ('Sergei Lavrov', 'm'), ('Ngozi Okonjo-Iweala', 'f'), ('Karen Stintz', 'f'), ('Ahmed Hassan', 'm'), ('Lee Ju-yeol', 'm'), ('Rajesh Kumar', 'm'), ('Olga Petrova', 'f'), ('Carlos Mendoza', 'm')], None)
PRE = half(['', '', 'retired General', 'former Prime Minister', 'Republican Assemblyman', 'NASA spokesperson', 'union leader', 'Sheikh', 'Brig. Gen.', 'opposition leader', 'Labour MP', 'U.S. Secretary of State', 'acting mayor', 'Dr.', 'deputy police chief', 'Finance Minister', 'senior analyst', 'Chief Justice', 'Senator', 'Colonel', 'veteran lawmaker', 'Health Minister', "the country's foreign minister", "the company's chief executive"], None)
VINV = half(['said', 'says', 'added', 'warned', 'stressed', 'insisted', 'noted', 'explained', 'declared', 'recalled', 'argued', 'wrote'], None)
VSUB = half(VINV + ['told reporters', 'told Reuters', 'said in a statement', 'tweeted'], None)
VREP = half(['said', 'added', 'warned', 'stressed', 'insisted', 'noted', 'argued', 'told reporters', 'said in a statement', 'announced'], None)
TAIL = half(['', ' on Monday', ' at a news conference', ' in a statement', ' outside the court', ' backstage', ' here at the space center', ' late on Tuesday', ' during a visit to Paris', ' after the meeting'], None)
APPOS = half(['', '', ', spokesman for the ministry,', ', 54,', ', the opposition leader,', ', who heads the union,', ', a senior official at the ministry,'], None)
QUOTES = half(['We will not accept a tainted result in these elections', 'The talks have been constructive and we expect progress soon', 'Our forces are ready to respond to any provocation', 'This is a dark day for the workers and their families. We will fight on', 'Nobody is above the law'], None)
CLAUSES = half(['the government would not negotiate with the rebels', 'the talks had made progress on several key issues', 'inflation was likely to ease later this year', 'the ceasefire had been violated twice overnight', 'more than 200 people had been evacuated from the area'], None)
ROLES = half(['Judge', 'Finance Minister', 'Police Chief', 'Coach', 'Governor', 'Prosecutor'], None)
TITLES = ['Leaders meet as tensions rise', 'Officials react to court ruling', 'Strike enters second week', 'Minister faces questions over budget']
LEADS = ['Officials gathered in the capital on Monday for a second day of talks.', 'The dispute has dragged on for months, with no sign of a settlement.', 'The announcement came after weeks of speculation about the plan.']
TRAIL = ['The talks are due to resume next week.', 'Neither side has commented further.', 'More than 3,000 people attended the event.']
ORGS = half([('Kenyan Foreign Ministry', 1, 'ministry'), ('National Electoral Commission', 1, 'commission'), ('Ministry of Health', 1, 'ministry'), ("Transport Workers' Union", 1, 'union'), ('Nigerian Army', 1, 'army'), ('Coastal Mining Corp', 0, 'company'), ('Red Sea Ports Authority', 1, 'authority'), ('Nordbank', 0, 'bank')], None)
ORGACTS = half(['announced a review of its operations on Monday', 'has faced growing criticism in recent weeks', 'was due to publish its findings this week'], None)
OFFICE = half(['Prime Minister', 'President', 'Governor', 'Mayor', 'Senator'], None)
DAYS = half(['', ' on Monday', ' on Tuesday evening', ' late on Wednesday'], None)
MEDIA = half(['the BBC', 'Reuters', 'CNN', 'the Financial Times', 'local radio', 'state television'], None)
AUD = half(['reporters', 'journalists', 'a news conference', 'parliament'], None)
PLATFORMS = half(['X', 'Facebook', 'Telegram', 'social media'], None)
QUOTERS = half(['Reuters', 'the state news agency', 'local media', 'the Interfax news agency'], None)
EVENTS = half(['a rally in Nairobi', 'a campaign event in Ohio', 'a conference in Geneva', 'a news conference in Kyiv', 'a meeting of party members'], None)
SPBODY = half(['foreign ministry', 'defence ministry', 'police', 'army', 'electoral commission', 'Kremlin'], None)
RANKS = half({'army': ['Colonel', 'Major'], 'navy': ['Commander'], 'police': ['Inspector', 'Chief Inspector']}, None)
GROLES = half(['the finance minister', 'the central bank governor', 'the opposition leader', "the union's general secretary"], None)
INTROS = half(['arrived in the capital on Monday for talks with union leaders', 'took office in March after a disputed vote', 'has led the negotiations since January'], None)
NARR = half(['Rescue teams are still searching the area.', 'The vote is due to take place on Thursday.', 'Prices have risen sharply since the start of the year.'], None)
QUESTIONS = half(['Will there be a deal this year?', 'What do you say to your critics?', 'How worried are you about the economy?'], None)
TIMES = half(['14:32 GMT', '9.05am', '10:15 BST', '18:40'], None)
ENTRYHEADS = half(['Minister warns of escalation', 'Talks resume after break', 'Crowds gather outside parliament'], None)
SCARE = half(["%(n)s's plan, which critics call “a power grab”, passed on Monday.", 'The visit by %(n)s was billed as “historic”.', 'The move was described as “historic”.', 'The government pressed ahead with what critics call “a power grab”, and the vote is due on Thursday.', 'The so-called “peace dividend” has yet to materialise.', 'The operation, dubbed “Iron Shield”, began at dawn.', 'Residents have nicknamed the bridge “the road to nowhere”.', 'The deal was hailed as a “turning point” for the region.'], None)
UNNAMED = half(['Officials said %(cl)s.', 'A source told Reuters that %(cl)s.', 'Analysts said %(cl)s.', 'A source close to %(n)s told Reuters that %(cl)s.', 'Aides to %(n)s said %(cl)s.', 'Two people familiar with the matter said %(cl)s.', 'A senior official, speaking on condition of anonymity, said %(cl)s.', '“%(q)s,” one diplomat said.', 'Diplomats said %(cl)s, according to a report in local media.'], None)
WORKS = half(['The film “The Last Word” opens in cinemas on Friday.', "%(n)s's memoir, “A Long Way Home”, has sold 200,000 copies.", 'The band closed the show with “Free Again”.', 'The report, titled “Roads to Recovery”, was published on Monday.', '%(n)s starred in the series “Borderlands” last year.'], None)
QHEADS = half(['“%(q)s,” says minister', 'Minister: “%(q)s”', '“%(q)s”: union leader reacts to closures', '‘%(q)s’, %(s)s warns', '%(s)s: “%(q)s”'], None)
CAPTIONS = half(['%(w)s speaks during a news conference in Paris, France, March 3, 2026. REUTERS/Benoit Tessier', '%(w)s addresses supporters at a rally in Nairobi on Monday. (AP Photo/Brian Inganga)', '%(w)s arrives for the talks. Photograph: John Smith/Getty Images', '%(w)s (left) shakes hands with the visiting delegation. Photo: AFP'], None)
REPORTERS = half(['Paul Carrel', 'Nadia Okafor', 'James Whitlock', 'Ines Duarte'], None)
EDITORS = half(['Alex Morrow', 'Diane Craft'], None)
RELATED = half(['Minister says budget will protect jobs', '‘Nobody is above the law’, judge warns', 'Union leader vows to fight closures: “We will fight on”', 'Analysts say inflation will ease this year'], None)
URGES = half(['the government to release the detainees', 'both sides to return to the negotiating table', 'residents to stay indoors until further notice', 'the international community to do more to help refugees'], None)
SPLITQ = half([('The talks have been constructive', 'and we expect progress soon.'), ('We will not accept a tainted result', 'and we will take our case to the courts.'), ('Nobody is above the law', 'not even the president.'), ('Our forces are ready', 'but we do not want a war.')], None)
FRONTS = half(['In an interview with %(m)s,', 'In a letter to shareholders,', 'In a televised address on Monday,', 'At a news conference in Kyiv,', 'In a speech to parliament,'], None)
ASKED = half(['Asked whether the government would negotiate,', 'Asked about the strike,', 'When asked about the ceasefire,', 'Asked if he or she would resign,'], None)
DATELINES = half(['NAIROBI, Nov 29 (Reuters) -', 'GENEVA (AP) —', 'KYIV, Ukraine (AP) —', 'LONDON, Nov 29 (AFP) -'], None)
NOCOMMENT = half(['%(w)s declined to comment.', '%(w)s did not respond to a request for comment.', 'A spokesperson for %(w)s declined to comment on the report.', "%(s)s's office did not immediately reply to an email seeking comment.", '%(w)s could not be reached for comment on Monday.'], None)
USDAYS = half(['Monday', 'Tuesday night', 'Wednesday', 'late Thursday'], None)
SAIDOF = half(['the ruling', 'the decision', 'the proposal', 'her opponent'], None)
ACCORDING = half(['According to a statement from %s,', 'According to %s,', '%s said in a statement released on Monday that'], None)
SEATS = half([('White House', 'the White House'), ('Kremlin', 'the Kremlin'), ('Pentagon', 'the Pentagon'), ('Downing Street', 'Downing Street')], None)
READOUTS = half(['in a readout of the call', 'in a statement after the meeting', 'in a brief statement'], None)
VOXAPP = half([', a teacher from the city,', ', 34, a nurse,', ', who runs a shop near the square,'], None)
SLOGANS = half(['Protesters outside the building chanted “No justice, no peace”.', 'A sign on the door read “Closed until further notice”.', 'Banners reading “Stop the war” hung from the windows.', 'The crowd sang “We shall overcome” as night fell.'], None)

def cap(s):
    return s[0].upper() + s[1:]

def who(pre, name):
    return (pre + ' ' + name).strip()

def surname(name):
    return name.split()[-1] if not name.startswith(('Lee', 'Chen')) else name.split()[0]

def pron(g):
    return 'he' if g == 'm' else 'she'

def case(fam):
    name, g = rnd.choice(PEOPLE)
    pre = rnd.choice(PRE)
    tail = rnd.choice(TAIL)
    q = rnd.choice(QUOTES)
    q2 = rnd.choice([x for x in QUOTES if x != q])
    cl = rnd.choice(CLAUSES)
    ap = rnd.choice(APPOS)
    W = who(pre, name)
    exp = []
    if fam == 'A':
        v = rnd.choice(VINV)
        body = '“%s,” %s %s%s.' % (q, v, W, tail)
        exp = [q]
    elif fam == 'B':
        v = rnd.choice(VSUB)
        body = '“%s,” %s%s %s%s.' % (q, W, ap, v, tail)
        exp = [q]
    elif fam == 'C':
        v = rnd.choice(VSUB)
        body = '%s%s %s%s: “%s.”' % (cap(W), ap, v, tail, q)
        exp = [q + '.']
    elif fam == 'D':
        v = rnd.choice(VINV)
        body = '“%s,” %s%s %s%s. “%s.”' % (q, W, ap, v, tail, q2)
        exp = [q, q2 + '.']
    elif fam == 'E':
        v = rnd.choice(VINV)
        body = '“%s,” %s%s %s%s.\n\n“%s.”' % (q, W, ap, v, tail, q2)
        exp = [q, q2 + '.']
    elif fam == 'F':
        v = rnd.choice(VREP)
        body = '%s%s %s%s that %s.' % (cap(W), ap, v, tail, cl)
        exp = [cl]
    elif fam == 'G':
        v = rnd.choice(VINV[:6])
        body = '%s, %s%s %s%s.' % (cap(cl), W, ap, v, tail)
        exp = [cap(cl)]
    elif fam == 'H':
        v = rnd.choice(VREP)
        v2 = rnd.choice(['said', 'added', 'says', 'warned'])
        ref = rnd.choice([surname(name), pron(g)])
        body = '%s%s %s%s that %s.\n\n“%s,” %s %s.' % (cap(W), ap, v, tail, cl, q, ref, v2)
        exp = [cl, q]
    elif fam == 'I':
        body = 'According to %s%s, %s.' % (W, ap.rstrip(',') if ap else '', cl)
        exp = [cl]
    elif fam == 'J':
        v = rnd.choice(VSUB)
        body = '%s%s %s%s: “%s.”' % (cap(W), ap, v, tail, q)
        body = 'In a speech that lasted nearly an hour, ' + body[0].lower() + body[1:] if not pre.startswith('the') and pre[:1].islower() else 'In a speech that lasted nearly an hour, ' + body
        exp = [q + '.']
    elif fam == 'K':
        v = rnd.choice(VSUB)
        body = '%s%s %s%s: “%s.”\n\n“%s.”' % (cap(W), ap, v, tail, q, q2)
        exp = [q + '.', q2 + '.']
    elif fam == 'L':
        body = '“%s.” – %s%s.' % (q, W, rnd.choice(['', ', ' + rnd.choice(['chairman of the committee', 'the party leader', 'chief executive of the company'])]))
        exp = [q + '.']
    elif fam == 'M':
        body = '“%s,” %s quoted %s as saying%s.' % (q, rnd.choice(['the Associated Press', 'Reuters news agency', 'the state news agency', 'local media']), W, tail)
        exp = [q]
    elif fam == 'N':
        role = rnd.choice(ROLES)
        v = rnd.choice(VREP)
        body = '%s %s %s%s that %s.\n\nThe %s %s: “%s.”' % (cap(role), name, v, tail, cl, role.split()[-1].lower(), rnd.choice(['added', 'said', 'went on', 'told reporters']), q)
        exp = [cl, q + '.']
    elif fam == 'O':
        name2, g2 = rnd.choice([x for x in PEOPLE if x[0] != name])
        v = rnd.choice(VINV[:6])
        v2 = rnd.choice(VREP)
        body = '“%s,” %s %s%s. But %s %s that %s.' % (q, W, v, tail, name2, v2, cl)
        exp = [q]
        exp2 = [(name2, cl)]
        return (fam, name, exp, '%s\n\n%s\n\n%s\n\n%s\n' % (rnd.choice(TITLES), rnd.choice(LEADS), body, rnd.choice(TRAIL)), body, dict(pre=pre, tail=tail, ap=ap), exp2)
    elif fam in NEWFAMS.split(','):
        return case2(fam, name, g, pre, tail, q, q2, cl, ap, W)
    art = '%s\n\n%s\n\n%s\n\n%s\n' % (rnd.choice(TITLES), rnd.choice(LEADS), body, rnd.choice(TRAIL))
    return (fam, name, exp, art, body, dict(pre=pre, tail=tail, ap=ap), [])

def an(s):
    return ('an ' if s[:1].lower() in 'aeiou' and (not s.lower().startswith(('uni', 'use', 'eu', 'one'))) else 'a ') + s

def art4(body, title=None, lead=None):
    return '%s\n\n%s\n\n%s\n\n%s\n' % (title or rnd.choice(TITLES), lead or rnd.choice(LEADS), body, rnd.choice(TRAIL))

def case2(fam, name, g, pre, tail, q, q2, cl, ap, W):
    """families P..AJ; returns the same tuple as case()."""
    spk = name
    exp = []
    exp2 = []
    title = None
    slots = dict(pre=pre, tail=tail, ap=ap)
    f = None
    org, the, short = rnd.choice(ORGS)
    O = 'the ' + org if the else org
    day = rnd.choice(DAYS)
    cl2 = rnd.choice([x for x in CLAUSES if x != cl])
    if fam == 'P':
        spk = org
        f = rnd.randrange(6)
        slots = dict(org=org, day=day, form=f)
        body = ['In a statement, %s said %s.' % (O, cl), '%s said in a statement%s that %s.' % (cap(O), day, cl), 'In a statement posted on its website, %s said that %s.' % (O, cl), '%s said%s %s.' % (cap(O), day or ' on Monday', cl), '“%s,” %s said in a statement.' % (q, O), '%s said in a statement%s: “%s.”' % (cap(O), day, q)][f]
        exp = [q if f == 4 else q + '.' if f == 5 else cl]
    elif fam == 'Q':
        t = rnd.choice(OFFICE)
        f = rnd.randrange(5)
        slots = dict(office=t, day=day, form=f)
        body = ["%s %s's office said%s %s." % (t, name, day, cl), "A statement from %s %s's office said that %s." % (t, name, cl), 'In a statement, the office of %s %s said %s.' % (t, name, cl), "%s %s's office said in a statement%s that %s." % (t, name, day, cl), "“%s,” %s %s's office said in a statement." % (q, t, name)][f]
        exp = [q if f == 4 else cl]
    elif fam == 'R':
        m = rnd.choice(MEDIA)
        a = rnd.choice(AUD)
        f = rnd.randrange(5)
        slots = dict(media=m, aud=a, day=day, form=f, ap=ap)
        body = ['%s%s told %s that %s.' % (cap(W), ap, m, cl), '%s told %s%s %s.' % (cap(W), a, day or ' on Monday', cl), '%s%s told %s in an interview that %s.' % (cap(W), ap, m, cl), '%s, %s told %s.' % (cap(cl), W, m), '%s told %s%s that %s.' % (cap(W), a, day, cl)][f]
        exp = [cap(cl) if f == 3 else cl]
    elif fam == 'S':
        p = rnd.choice(PLATFORMS)
        f = rnd.randrange(5)
        slots = dict(platform=p, form=f)
        body = ['%s wrote on %s: “%s.”' % (cap(W), p, q), '%s said in a post on %s: “%s.”' % (cap(W), p, q), 'In a post on %s, %s wrote: “%s.”' % (p, W, q), '“%s,” %s wrote on %s.' % (q, W, p), '%s%s posted on %s that %s.' % (cap(W), ap, p, cl)][f]
        exp = [[q + '.', q + '.', q + '.', q, cl][f]]
    elif fam == 'T':
        o = rnd.choice(QUOTERS)
        f = rnd.randrange(5)
        slots = dict(quoter=o, form=f, ap=ap)
        body = ['%s%s was quoted as saying: “%s.”' % (cap(W), ap, q), '%s was quoted by %s as saying: “%s.”' % (cap(W), o, q), '%s%s was quoted by %s as saying that %s.' % (cap(W), ap, o, cl), '%s was quoted as saying %s.' % (cap(W), cl), '%s was quoted by %s as saying “%s.”' % (cap(W), o, q)][f]
        exp = [[q + '.', q + '.', cl, cl, q + '.'][f]]
    elif fam == 'U':
        f = rnd.randrange(4)
        v = rnd.choice(['said', 'told reporters', 'said in a statement', 'warned'])
        slots = dict(form=f, v=v, tail=tail)
        body = ['“%s,” %s %s, adding: “%s.”' % (q, W, v, q2), '“%s,” %s %s%s, adding: “%s.”' % (q, W, v, tail, q2), '%s%s %s %s, adding: “%s.”' % (cap(W), ap, {'warned': 'said', 'said': 'said'}.get(v, v + ' that'), cl, q2), '“%s,” %s%s %s. %s added: “%s.”' % (q, W, ap, v, cap(pron(g)), q2)][f]
        exp = [cl if f == 2 else q, q2 + '.']
    elif fam == 'V':
        e = rnd.choice(EVENTS)
        f = rnd.randrange(5)
        slots = dict(event=e, day=day, form=f)
        body = ['%s, speaking at %s, said %s.' % (cap(W), e, cl), 'Speaking at %s, %s said %s.' % (e, W, cl), 'Speaking at %s%s, %s said: “%s.”' % (e, day, W, q), '“%s,” %s said, speaking at %s.' % (q, W, e), '%s, speaking at %s%s, said that %s.' % (cap(W), e, day, cl)][f]
        exp = [[cl, cl, q + '.', q, cl][f]]
    elif fam == 'W':
        b = rnd.choice(SPBODY)
        sp = rnd.choice(['spokesperson', 'spokesman' if g == 'm' else 'spokeswoman'])
        r = rnd.choice(RANKS[b]) + ' ' if b in RANKS and rnd.random() < 0.5 else ''
        who2 = '%s %s %s%s' % (b, sp, r, name)
        f = rnd.randrange(5)
        slots = dict(body=b, sp=sp, rank=r, form=f)
        body = ['%s said%s that %s.' % (cap(who2), day, cl), '“%s,” %s told a regular news briefing.' % (q, who2), '%s told reporters: “%s.”' % (cap(who2), q), '%s said %s.' % (cap(who2), cl), '%s, %s said%s.' % (cap(cl), who2, day)][f]
        exp = [[cl, q, q + '.', cl, cap(cl)][f]]
    elif fam == 'X':
        spk = org
        sp = rnd.choice(['spokesperson', 'spokesman', 'spokeswoman'])
        f = rnd.randrange(7)
        slots = dict(org=org, sp=sp, form=f)
        body = ['A %s for %s said %s.' % (sp, O, cl), '%s %s said%s that %s.' % (cap(an(org)), sp, day, cl), '“%s,” a %s for %s said.' % (q, sp, O), '%s %s told reporters: “%s.”' % (cap(an(org)), sp, q), '%s, a %s for %s said%s.' % (cap(cl), sp, O, day), '%s %s.\n\n“%s,” %s %s said.' % (cap(O), rnd.choice(ORGACTS), q, an(short), sp), '%s %s.\n\nA %s for the %s said %s.' % (cap(O), rnd.choice(ORGACTS), sp, short, cl)][f]
        exp = [[cl, cl, q, q + '.', cap(cl), q, cl][f]]
    elif fam == 'Y':
        org2, the2, _ = rnd.choice([x for x in ORGS if x[0] != org])
        O2 = 'the ' + org2 if the2 else org2
        spk = org
        f = rnd.randrange(4)
        slots = dict(org=org, org2=org2, form=f)
        body = ['%s said %s. %s said in a separate statement that %s.' % (cap(O), cl, cap(O2), cl2), '%s said%s %s, while %s said %s.' % (cap(O), day, cl, O2, cl2), 'In a statement, %s said %s. But %s said %s.' % (O, cl, O2, cl2), '“%s,” %s said. %s, however, said that %s.' % (q, O, cap(O2), cl2)][f]
        exp = [q if f == 3 else cl]
        exp2 = [(org2, cl2)]
    elif fam == 'Z':
        men = [x for x in PEOPLE if x[1] == 'm']
        women = [x for x in PEOPLE if x[1] == 'f']
        pm = rnd.choice(men)[0]
        pw = rnd.choice(women)[0]
        r1, r2 = rnd.sample(GROLES, 2)
        first, second = (pm, pw) if rnd.random() < 0.5 else (pw, pm)
        sg = rnd.choice('mf')
        spk = pm if sg == 'm' else pw
        f = rnd.randrange(4)
        slots = dict(form=f, spk_gender=sg, spk_first=str(spk == first))
        intro = '%s, %s, met %s, %s, in the capital on Monday to discuss the crisis.' % (first, r1, second, r2)
        body = intro + '\n\n' + ['“%s,” %s said afterwards.' % (q, pron(sg)), '%s said %s.' % (cap(pron(sg)), cl), '%s told reporters: “%s.”' % (cap(pron(sg)), q), '“%s,” %s said. “%s.”' % (q, pron(sg), q2)][f]
        exp = [[q], [cl], [q + '.'], [q, q2 + '.']][f]
    elif fam == 'AA':
        s = surname(name)
        ref = rnd.choice([s, ('Mr ' if g == 'm' else 'Ms ') + s])
        f = rnd.randrange(3)
        slots = dict(pre=pre, ap=ap, ref=ref.split()[0] if ' ' in ref else 'bare', form=f)
        body = '%s%s %s.\n\n%s\n\n' % (cap(W), ap, rnd.choice(INTROS), rnd.choice(NARR))
        body += ['“%s,” %s said.' % (q, ref), '%s said %s.' % (ref, cl), '%s told reporters: “%s.”' % (ref, q)][f]
        exp = [[q, cl, q + '.'][f]]
    elif fam == 'AB':
        m = rnd.choice(MEDIA)
        qs = rnd.sample(QUESTIONS, 2)
        f = rnd.randrange(2)
        s = surname(name)
        slots = dict(media=m, form=f)
        intro = '%s%s spoke to %s about the crisis. The interview has been edited for length and clarity.' % (cap(W), ap, m)
        mm = m.replace('the ', '')
        lab = ('Q', 'A') if f == 0 else (mm if mm[:1].isupper() else 'Interviewer', s.upper() if rnd.random() < 0.3 else s)
        body = intro + '\n\n' + '%s: %s\n\n%s: %s.\n\n%s: %s\n\n%s: %s.' % (lab[0], qs[0], lab[1], q, lab[0], qs[1], lab[1], q2)
        exp = [q + '.', q2 + '.']
        title = 'Interview: %s on the crisis' % s if rnd.random() < 0.5 else None
    elif fam == 'AC':
        t1, t2 = rnd.sample(TIMES, 2)
        f = rnd.randrange(4)
        slots = dict(time=t1, form=f)
        e1 = ['%s\n\n%s%s said that %s.' % (t1, cap(W), ap, cl), '%s\n\n%s\n\n“%s,” %s said%s.' % (t1, rnd.choice(ENTRYHEADS), q, W, tail), '%s – %s said%s that %s.' % (t1, cap(W), tail, cl), '%s: %s%s told reporters: “%s.”' % (t1, cap(W), ap, q)][f]
        exp = [[cl, q, cl, q + '.'][f]]
        body = '%s\n\n%s\n\n%s' % (t2, rnd.choice(NARR), e1) if rnd.random() < 0.5 else '%s\n\n%s\n\n%s' % (e1, t2, rnd.choice(NARR))
        title = 'Live: ' + rnd.choice(TITLES)
    elif fam == 'AK':
        u = rnd.choice(URGES)
        v = rnd.choice(['urged', 'called on', 'appealed to'])
        f = rnd.randrange(3)
        slots = dict(v=v, form=f, tail=tail)
        body = ['%s%s %s %s.' % (cap(W), ap, v, u), 'In a statement%s, %s %s %s.' % (day, W, v, u), '%s on Monday %s %s, ahead of talks in Geneva next week.' % (cap(W), v, u)][f]
        exp = [u]
    elif fam == 'AL':
        a, b = rnd.choice(SPLITQ)
        v = rnd.choice(['said', 'says', 'added', 'told reporters', 'warned'])
        f = rnd.randrange(2)
        slots = dict(v=v, form=f)
        body = ['“%s,” %s %s, “%s”' % (a, W, v, b), '“%s,” %s%s %s%s, “%s”' % (a, W, ap, v.replace('says', 'said'), tail, b)][f]
        exp = [a, b]
    elif fam == 'AM':
        f = rnd.randrange(3)
        slots = dict(form=f, ap=ap)
        body = ['%s%s said: “%s.\n\n“%s.”' % (cap(W), ap, q, q2), '“%s.\n\n“%s,” %s said.' % (q, q2, W), '%s%s said%s: “%s.\n\n“%s.”' % (cap(W), ap, tail, q, q2)][f]
        exp = [q + '.', q2 if f == 1 else q2 + '.']
    elif fam == 'AN':
        fr = rnd.choice(FRONTS) % dict(m=rnd.choice(MEDIA))
        f = rnd.randrange(3)
        v = 'wrote' if 'letter' in fr else 'said'
        slots = dict(front=fr[:18], form=f)
        body = ['%s %s%s %s %s.' % (fr, W, ap, v, cl), '%s %s %s that %s.' % (fr, W, v, cl), '%s %s%s %s: “%s.”' % (fr, W, ap, v, q)][f]
        exp = [[cl, cl, q + '.'][f]]
    elif fam == 'AO':
        a = rnd.choice(ASKED).replace('he or she', 'he' if g == 'm' else 'she')
        f = rnd.randrange(3)
        slots = dict(asked=a[:16], form=f)
        body = ['%s %s said: “%s.”' % (a, W, q), '%s %s said %s.' % (a, W, cl), '%s %s%s replied: “%s.”' % (a, W, ap, q)][f]
        exp = [[q + '.', cl, q + '.'][f]]
    elif fam == 'AP':
        d = rnd.choice(DATELINES)
        f = rnd.randrange(3)
        v = rnd.choice(VREP)
        slots = dict(dateline=d[:8], form=f, v=v)
        lead = ['%s %s%s %s%s that %s.' % (d, cap(W), ap, v, tail, cl), '%s %s%s %s on Monday %s.' % (d, cap(W), ap, 'said', cl), '%s “%s,” %s %s%s.' % (d, q, W, rnd.choice(VINV[:6]), tail)][f]
        exp = [[cl, cl, q][f]]
        art = '%s\n\n%s\n\n%s\n\n%s\n' % (rnd.choice(TITLES), lead, rnd.choice(NARR), rnd.choice(TRAIL))
        return (fam, spk, exp, art, lead, slots, exp2)
    elif fam == 'AQ':
        name2, g2 = rnd.choice([x for x in PEOPLE if x[0] != name])
        t = rnd.choice(OFFICE)
        sp = rnd.choice(['spokesperson', 'spokesman' if g2 == 'm' else 'spokeswoman'])
        f = rnd.randrange(4)
        slots = dict(form=f, office=t)
        if f < 2:
            spk = name2
        body = ["%s's %s, %s, said %s." % (surname(name), sp, name2, cl), '“%s,” said %s, a %s for %s %s.' % (q, name2, sp, t, name), 'A %s for %s %s said %s.' % (sp, t, name, cl), '“%s,” a %s for %s %s told reporters.' % (q, sp, t, name)][f]
        if f == 0:
            body = '%s %s met union leaders on Monday.\n\n' % (t, name) + body
        exp = [[cl, q, cl, q][f]]
    elif fam == 'AS':
        d = rnd.choice(USDAYS)
        f = rnd.randrange(4)
        slots = dict(day=d, form=f)
        body = ['%s%s said %s that %s.' % (cap(W), ap, d, cl), '“%s,” %s said %s.' % (q, W, d), '%s told The Associated Press on %s that %s.' % (cap(W), d.split()[-1] if d.split()[0] in ('late', 'early') else d.split()[0], cl), '%s said %s %s.' % (cap(W), d, cl)][f]
        exp = [[cl, q, cl, cl][f]]
    elif fam == 'AT':
        s = surname(name)
        ref = ('Mr. ' if g == 'm' else 'Ms. ') + s
        o = rnd.choice(SAIDOF).replace('her ' if g == 'm' else 'his ', 'his ' if g == 'm' else 'her ')
        f = rnd.randrange(3)
        slots = dict(form=f, of=o)
        body = '%s%s %s.\n\n' % (cap(W), ap, rnd.choice(INTROS)) + ['“%s,” %s said of %s.' % (q, ref, o), '“%s,” %s said. “%s.”' % (q, ref, q2), '%s said %s.' % (ref, cl)][f]
        exp = [[q], [q, q2 + '.'], [cl]][f]
    elif fam == 'AU':
        spk = org
        a = rnd.choice(ACCORDING)
        f = 0
        slots = dict(acc=a[:20])
        body = a % O + ' ' + cl + '.' if a.startswith('According') else cap(a % O) + ' ' + cl + '.'
        body = body[0].upper() + body[1:]
        exp = [cl]
    elif fam == 'AV':
        key, form = rnd.choice(SEATS)
        r = rnd.choice(READOUTS)
        f = rnd.randrange(4)
        spk = key
        slots = dict(seat=form, form=f)
        body = ['%s said %s that %s.' % (cap(form), r, cl), '%s said%s %s.' % (cap(form), day or ' on Monday', cl), '%s %s spokesperson said %s.' % (cap(an(form.replace('the ', ''))), '', cl), '“%s,” %s said %s.' % (q, form, r)][f].replace('  ', ' ')
        exp = [[cl, cl, cl, q][f]]
    elif fam == 'AW':
        name2, g2 = rnd.choice([x for x in PEOPLE if x[0] != name])
        a1, a2 = rnd.sample(VOXAPP, 2)
        f = rnd.randrange(3)
        slots = dict(form=f)
        body = ['“%s,” said %s%s. “%s,” said %s%s.' % (q, name, a1.rstrip(','), q2, name2, a2.rstrip(',')), '“%s,” %s%s said. But %s%s disagreed: “%s.”' % (q, name, a1, name2, a2, q2), '“%s,” said %s%s.\n\n“%s,” said %s%s.' % (q, name, a1.rstrip(','), q2, name2, a2.rstrip(','))][f]
        exp = [q]
        exp2 = [(name2, q2 + '.' if f == 1 else q2)]
    elif fam == 'AX':
        spk = ''
        body = ' '.join(rnd.sample(SLOGANS, 2))
        slots = dict(s=body[:20])
    elif fam == 'AR':
        spk = ''
        nc = rnd.choice(NOCOMMENT)
        body = rnd.choice(NARR) + ' ' + nc % dict(w=W, s=who(pre, name) if pre[:1].isupper() else name)
        slots = dict(nc=nc[:24])
        body = body[0].upper() + body[1:]
    elif fam == 'AD':
        spk = ''
        body = ' '.join(rnd.sample(SCARE, 2)) % dict(n=name)
        slots = dict(s=body[:40])
    elif fam == 'AE':
        spk = ''
        u = rnd.choice(UNNAMED)
        body = u % dict(cl=cl, q=q, n=name) + ' ' + rnd.choice(NARR)
        slots = dict(u=u[:30])
    elif fam == 'AF':
        spk = ''
        wk = rnd.choice(WORKS)
        body = wk % dict(n=name) + ' ' + rnd.choice(NARR)
        slots = dict(w=wk[:30])
    elif fam == 'AG':
        spk = ''
        h = rnd.choice(QHEADS)
        title = h % dict(q=q, s=surname(name))
        body = ' '.join(rnd.sample(NARR, 2))
        slots = dict(h=h[:20])
    elif fam == 'AH':
        spk = ''
        c = rnd.choice(CAPTIONS)
        body = c % dict(w=cap(W), p=pron(g), pp='his' if g == 'm' else 'her') + '\n\n' + rnd.choice(NARR)
        slots = dict(c=c[:30], pre=pre)
    elif fam == 'AI':
        spk = ''
        r1, r2 = rnd.sample(REPORTERS, 2)
        ed = rnd.choice(EDITORS)
        f = rnd.randrange(3)
        slots = dict(form=f)
        top = ['By %s and %s' % (r1, r2), 'By %s, Reuters' % r1, '%s in Nairobi' % r1][f]
        end = ['Reporting by %s in Nairobi; Additional reporting by %s in Geneva; Editing by %s' % (r1, r2, ed), '(Reporting by %s; Writing by %s; Editing by %s)' % (r1, r2, ed), 'Writing by %s; editing by %s' % (r2, ed)][rnd.randrange(3)]
        body = top + '\n\n' + rnd.choice(NARR) + '\n\n' + end
    elif fam == 'AJ':
        spk = ''
        items = rnd.sample(RELATED, 3)
        lab = rnd.choice(['Related:', 'READ MORE:', 'Related stories'])
        slots = dict(lab=lab)
        body = rnd.choice(NARR) + '\n\n' + lab + '\n\n' + '\n\n'.join(items) if rnd.random() < 0.5 else rnd.choice(NARR) + '\n\n' + lab + '\n' + '\n'.join(('- ' + x for x in items))
    art = art4(body, title=title, lead='Follow our live coverage of the crisis below.' if fam == 'AC' else None)
    return (fam, spk, exp, art, title + '\n\n' + body if title else body, slots, exp2)
NEWFAMS = 'P,Q,R,S,T,U,V,W,X,Y,Z,AA,AB,AC,AD,AE,AF,AG,AH,AI,AJ,AK,AL,AM,AN,AO,AP,AQ,AR,AS,AT,AU,AV,AW,AX'
OLDFAMS = 'A,B,C,D,E,F,G,H,I,J,K,L,M,N,O'
FAMS = (OLDFAMS + ',' + NEWFAMS).split(',')
for f in FAMS:
    for _ in range(N):
        fam, name, exp, art, body, slots, exp2 = case(f)
        title, _, text = art.partition('\n')
        want = [{'speaker': name, 'text': e} for e in exp] + [{'speaker': n, 'text': e} for n, e in exp2]
        print(json.dumps({'family': fam, 'title': title, 'text': text.lstrip('\n'), 'want': want}, ensure_ascii=False))
