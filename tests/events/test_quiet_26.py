"""Quiet pages: business, sport, tech and culture sentences that use political verbs in senses that
are not political must code no event, and look-alike sentences where the same verbs are political
keep theirs (twenty-sixth session, helper wt-quiet).

A player "agreed a move", a side "attacked from the first whistle", a sports body "banned" or
"suspended" a player, a firm "attacked" a market, critics "slammed" a handset, a film "depicts" a
terrorist attack: none is an act between political parties. A government banning a video game or a
documentary, blocking websites or suing a newspaper is one, and keeps its event.
"""

from __future__ import annotations

import pytest

from eventkit import codes


def _found(record: dict) -> list[tuple[str, set[str], set[str]]]:
    return [(e["cameo"], codes(e["actor"]), codes(e["recipient"])) for e in record["events"]]


QUIET = [
    'Chelsea midfielder Frank Lampard has agreed a new five-year contract with the club.',
    'The Brazilian striker agreed a move to Inter Milan after talks broke down with Arsenal.',
    'Liverpool attacked from the first whistle and Gerrard struck twice before half-time.',
    'The Football Association has banned the Arsenal striker for three matches for violent conduct.',
    'Uefa fined the Italian club £50,000 and ordered it to play two matches behind closed doors.',
    'Federer beat Hewitt in straight sets to reach the final in Melbourne.',
    'The England captain threatened to quit the squad over a row about bonuses.',
    'The Welsh side defeated Scotland 38-20 at the Millennium Stadium.',
    'The referee sent off two players after a brawl in the second half.',
    'The athletics federation suspended the sprinter for two years after a failed drugs test.',
    "The Premier League rejected Everton's appeal against the points deduction.",
    'Manchester United rejected a £20m bid from Real Madrid for their winger.',
    'The coach blamed the defeat on poor finishing.',
    "Mourinho criticised the referee after Chelsea's draw at Newcastle.",
    'The French midfielder signed a three-year deal with Juventus.',
    "Rival browsers attacked Microsoft's share of the market last year.",
    'The virus attacks computers running older versions of Windows.',
    'Apple launched an attack on the music download market with a cheaper iPod.',
    'Critics slammed the new handset for its poor battery life.',
    'Reviewers criticised the game for its short single-player campaign.',
    'The software giant threatened to withdraw support for older operating systems.',
    'Intel agreed to buy the chip designer for $1.2bn.',
    'Nokia has invested heavily in new handset designs.',
    "In the game's final level players must invade an island and capture the enemy's fortress.",
    'In the game, players command an army that invades Europe in 1944.',
    'The firm blocked access to the service for users who had not paid.',
    'Engineers are investigating the cause of the outage at the data centre.',
    'Several manufacturers supported the new standard for high-definition discs.',
    'In the film, a rogue agent kills the president and flees to Mexico.',
    'The novel tells the story of a rebel army that overthrows a cruel king.',
    'The drama depicts a terrorist attack on the London Underground.',
    'The singer accused her former manager of stealing royalties.',
    'The actor sued the magazine for libel over claims about his marriage.',
    "The studio rejected the director's cut of the film.",
    'Critics attacked the musical for its thin plot.',
    "The soap's villain was shot dead in last night's episode.",
    'The record label has threatened legal action against people who share music online.',
    'The actress agreed to star in the sequel.',
    "The show's producers apologised to viewers after the swearing.",
    'Fans of the rapper boycotted the award ceremony.',
    'Fans criticised the band for cancelling the tour.',
    'The TV host promised viewers a bigger show next year.',
    'The airline threatened to cut 2,000 jobs if unions rejected the pay deal.',
    'The supermarket chain attacked its rivals with a price war.',
    'The bank agreed a £2bn merger with its smaller rival.',
    'The carmaker cut its profit forecast after sales fell.',
    'The striker was banned for eight months after failing a drugs test.',
    'The jockey was suspended for ten days by the stewards.',
    'The Italian defender was sent off for a reckless tackle on the Dutch winger.',
    'The tennis star withdrew from the tournament with a back injury.',
    'The boxer threatened to knock out his rival in the first round.',
    'Home fans invaded the pitch after the final whistle.',
    'The Spanish champions demanded a higher fee for the striker.',
    'Arsenal pledged to appeal against the red card.',
    "The gallery rejected the artist's request to display the painting.",
    'The author attacked publishers for ignoring young writers.',
    'The German goalkeeper criticised his manager for dropping him.',
    'The Irish band has signed a deal with a US record label.',
    'Microsoft has agreed to pay $440m to settle a patent dispute with a software firm.',
    'The French team beat England to win the Six Nations title in Paris.',
    'The new film portrays the invasion of Iraq by American troops in 2003.',
]


@pytest.mark.parametrize("text", QUIET)
def test_quiet_sentence_codes_no_event(code_text, text):
    assert _found(code_text(text)) == []


POLITICAL = [
    ('The Chinese government has banned the video game for distorting history.',
     ('1721', {'CHN'}, {'CHN'})),
    ('The Iranian culture ministry banned the singer from performing in the country.',
     ('172', {'IRN'}, {'IRN'})),
    ('Saudi Arabia banned the documentary for criticising the royal family.',
     ('1721', {'SAU'}, {'SAU'})),
    ("Burma's military junta banned the newspaper after it reported on the protests.",
     ('1721', {'MMR'}, {'MMR'})),
    ('The Chinese government censored a popular blog that criticised party officials.',
     ('1721', {'CHN'}, {'CHN'})),
    ('The Indian government blocked access to several websites after riots in Mumbai.',
     ('1721', {'IND'}, {'IND'})),
    ('The Turkish government blocked access to YouTube after a court ruling.',
     ('1721', {'TUR'}, {'TUR'})),
    # (a ban threatened on broadcasters restricts political freedoms, 1321: twenty-eighth session)
    ('The Russian government threatened to ban foreign broadcasters.',
     ('1321', {'RUS'}, {'RUS'})),
    ('The French government has sued Google over its book-scanning project.',
     ('115', {'FRA'}, set())),
    ('The Kenyan government sued a British newspaper for libel.',
     ('115', {'KEN'}, {'GBR'})),
    ('Iranian authorities arrested a blogger who criticised the government.',
     ('173', {'IRN'}, {'IRN'})),
    ('Thai police arrested a journalist who mocked the king on a radio show.',
     ('173', {'THA'}, {'THA'})),
    ('Police raided the offices of an opposition newspaper in Harare on Monday.',
     ('1711', {'ZWE'}, {'ZWE'})),
    ('American warplanes attacked Taliban positions near Kandahar on Sunday.',
     ('195', {'USA'}, {'AFGTAL'})),
    ('Israeli troops shot dead a Palestinian gunman in Jenin.',
     ('193', {'ISR'}, {'PSE'})),
    ("Zimbabwe's president accused Britain of plotting to overthrow his government.",
     ('112', {'ZWE'}, {'GBR'})),
    ('North Korea threatened to attack South Korea over the leaflet campaign.',
     ('1384', {'PRK'}, {'KOR'})),
    ("Venezuela's president criticised the United States in a televised speech.",
     ('111', {'VEN'}, {'USA'})),
    ('South Korea agreed to send a cultural delegation to Pyongyang.',
     ('036', {'KOR'}, {'PRK'})),
    ('The Greek government pledged $50 million in aid to the tsunami-hit countries.',
     ('0331', {'GRC'}, set())),
    ("Japan's prime minister visited Beijing for talks with Chinese leaders.",
     ('042', {'JPN'}, {'CHN'})),
    ('Militants released a video depicting the killing of a Japanese hostage in Syria.',
     ('190', {'SYR'}, {'JPN'})),
]


@pytest.mark.parametrize("text, expected", POLITICAL)
def test_political_look_alike_keeps_its_event(code_text, text, expected):
    found = _found(code_text(text))
    assert expected in found, found


SPORT_STORY = ("The striker scored twice as United won the cup semi-final at Villa Park. The club's coach praised "
               "the squad after the match. {} The referee said the game had been played in a good spirit.")


def test_a_killing_told_in_a_sports_story_has_no_inferred_attacker(code_text):
    text = SPORT_STORY.format("Four years earlier a supporter was killed in Birmingham before a league match.")
    assert _found(code_text(text)) == []


def test_a_killing_in_a_plot_has_no_inferred_attacker(code_text):
    text = ("The fantasy novel has been bought by a Hollywood studio and will become a film. After his father is "
            "killed in Scotland, the hero teams up with a wolf cub. The author said the film would star a young "
            "actress. The singer of the band will record a song for the movie.")
    assert _found(code_text(text)) == []


def test_a_bombing_near_a_stadium_keeps_its_inferred_attacker(code_text):
    text = SPORT_STORY.format("A car bomb exploded outside the stadium in Madrid and 17 people were injured.")
    assert ("1832", {"ESP"}, {"ESP"}) in _found(code_text(text))
