<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Basis</name>
    <message>
        <location filename="../../app/views/common/wording.py" line="+107"/>
        <source>stated</source>
        <extracomment>How a daily position is known (control.basis).</extracomment>
        <translation>lähteen mukaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inferred</source>
        <translation>päätelty</translation>
    </message>
</context>
<context>
    <name>Casualty</name>
    <message>
        <location line="+162"/>
        <source>Soviet killed</source>
        <extracomment>The events&apos; casualty columns: short for table headers, in full for the details.</extracomment>
        <translation>Neuvostoliittolaisia kaatuneita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soviet wounded</source>
        <translation>Neuvostoliittolaisia haavoittuneita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japanese killed</source>
        <translation>Japanilaisia kaatuneita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japanese wounded</source>
        <translation>Japanilaisia haavoittuneita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count</source>
        <translation>Määrä</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Soviet missing</source>
        <translation>Neuvostoliittolaisia kadonneita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soviet captured</source>
        <translation>Neuvostoliittolaisia vangittuja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japanese/Manchukuo killed</source>
        <translation>Japanilaisia/mantšukuolaisia kaatuneita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japanese/Manchukuo wounded</source>
        <translation>Japanilaisia/mantšukuolaisia haavoittuneita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japanese/Manchukuo missing</source>
        <translation>Japanilaisia/mantšukuolaisia kadonneita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japanese/Manchukuo captured or detained</source>
        <translation>Japanilaisia/mantšukuolaisia vangittuja tai pidätettyjä</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <location line="-106"/>
        <source>divisions</source>
        <extracomment>What a figure counts, in the form that follows a number (&quot;650 wounded&quot;).</extracomment>
        <translation>divisioonat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>brigades</source>
        <translation>prikaatit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>regiments</source>
        <translation>rykmentit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>battalions</source>
        <translation>pataljoonat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>companies</source>
        <translation>komppaniat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>armoured units</source>
        <translation>panssariyksiköt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>guns</source>
        <translation>tykit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>field guns</source>
        <translation>kenttätykit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anti-tank guns</source>
        <translation>panssarintorjuntatykit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>guns and mortars</source>
        <translation>tykit ja kranaatinheittimet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anti-aircraft guns</source>
        <translation>ilmatorjuntatykit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>small-calibre guns</source>
        <translation>pienikaliiperiset tykit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mortars</source>
        <translation>kranaatinheittimet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>machine guns</source>
        <translation>konekiväärit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heavy</source>
        <translation>raskaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>light</source>
        <translation>kevyet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aircraft</source>
        <translation>lentokonetta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bombers</source>
        <translation>pommikoneet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vehicles</source>
        <translation>ajoneuvoa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trucks</source>
        <translation>kuorma-autot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fuel trucks</source>
        <translation>polttoaineautot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tractors</source>
        <translation>traktorit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warships</source>
        <translation>sota-alukset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cruisers</source>
        <translation>risteilijät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>destroyers</source>
        <translation>hävittäjät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>boats</source>
        <translation>veneet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>border boats</source>
        <translation>rajavartioveneet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rifles</source>
        <translation>kiväärit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anti-tank rifles</source>
        <translation>panssarintorjuntakiväärit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wounded</source>
        <translation>haavoittunutta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wounded and sick</source>
        <translation>haavoittuneet ja sairastuneet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>casualties</source>
        <translation>tappiota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>killed, wounded and captured</source>
        <translation>kaatuneet, haavoittuneet ja vangitut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SB</source>
        <translation>SB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I-15</source>
        <translation>I-15</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I-16</source>
        <translation>I-16</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSS</source>
        <translation>SSS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TB-3</source>
        <translation>TB-3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R-Z</source>
        <translation>R-Z</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all decorated</source>
        <translation>kaikki palkitut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hero of the Soviet Union</source>
        <translation>Neuvostoliiton sankari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order of Lenin</source>
        <translation>Leninin kunniamerkki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order of the Red Banner</source>
        <translation>Punalipun kunniamerkki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order of the Red Star</source>
        <translation>Punatähden kunniamerkki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medal &apos;For Courage&apos;</source>
        <translation>Mitali ”Urhoollisuudesta”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medal &apos;For Military Merit&apos;</source>
        <translation>Mitali ”Sotilasansioista”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wives and sisters decorated</source>
        <translation>palkitut vaimot ja sisaret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>promoted</source>
        <translation>ylennetyt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incidents</source>
        <translation>välikohtaukset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>border violations</source>
        <translation>rajaloukkaukset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>major clashes</source>
        <translation>suuret yhteenotot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ground violations</source>
        <translation>maarajan loukkaukset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>air intrusions</source>
        <translation>ilmatilaloukkaukset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>provocations</source>
        <translation>provokaatiot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shelling</source>
        <translation>tulitukset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>river violations</source>
        <translation>jokirajan loukkaukset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attacks</source>
        <translation>hyökkäystä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>counter-attacks</source>
        <translation>vastahyökkäystä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>air strikes</source>
        <translation>ilmaiskua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>killed</source>
        <translation>kaatunutta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing</source>
        <translation>kadonnutta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>captured</source>
        <translation>vangittua</translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <location line="-225"/>
        <source>Border incidents 1934–1938</source>
        <translation>Rajavälikohtaukset 1934–1938</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lake Khasan 1938</source>
        <translation>Khasan-järvi 1938</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khalkhin Gol 1939</source>
        <translation>Halhin-Gol 1939</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khasan 1938 and Khalkhin Gol 1939 side by side</source>
        <translation>Khasan 1938 ja Halhin-Gol 1939 rinnakkain</translation>
    </message>
</context>
<context>
    <name>DayChart</name>
    <message>
        <location filename="../../app/views/days/chart.py" line="+116"/>
        <source>Per-day figures</source>
        <translation>Päiväkohtaiset luvut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count (log)</source>
        <translation>määrä (log.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+50"/>
        <source>No per-day figures in the data</source>
        <translation>Aineistossa ei ole päiväkohtaisia lukuja</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Sorties, attacks and casualties per day on a log scale; the same figures are listed beside the map.</source>
        <translation>Lennot, hyökkäykset ja tappiot päivittäin logaritmisella asteikolla; samat luvut on lueteltu kartan vieressä.</translation>
    </message>
</context>
<context>
    <name>DayMap</name>
    <message>
        <location filename="../../app/views/days/map.py" line="+117"/>
        <location filename="../../app/views/overview/mini_map.py" line="+68"/>
        <source>No place in the data has coordinates.</source>
        <translation>Aineiston paikoilla ei ole koordinaatteja.</translation>
    </message>
    <message>
        <location filename="../../app/views/days/map_static.py" line="+57"/>
        <source>Between the two claimed lines (schematic): Zaozernaya and Bezymyannaya lie here.</source>
        <translation>Kahden vaaditun rajalinjan välissä (kaavamainen): Zaozernaja ja Bezymjannaja ovat tällä alueella.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Course drawn schematically.</source>
        <translation>Uoma piirretty kaavamaisesti.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Outline drawn schematically.</source>
        <translation>Rantaviiva piirretty kaavamaisesti.</translation>
    </message>
    <message>
        <location line="-50"/>
        <location filename="../../app/views/overview/mini_map.py" line="+40"/>
        <source>Soviet claim (schematic)</source>
        <extracomment>Called as translate(&quot;DayMap&quot;, &quot;literal&quot;) so that lupdate extracts the string under the map&apos;s context (it does not see through a wrapper).</extracomment>
        <translation>Neuvostoliiton vaatimus (kaavamainen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japanese claim (schematic)</source>
        <translation>Japanin vaatimus (kaavamainen)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Border as the USSR claimed it: the ridge line through the crests of Zaozernaya and Bezymyannaya, per the 1886 Hunchun protocol map. Schematic.</source>
        <translation>Raja Neuvostoliiton vaatimuksen mukaan: harjanne Zaozernajan ja Bezymjannajan huippujen kautta vuoden 1886 Huntšunin pöytäkirjan kartan mukaisesti. Kaavamainen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Border as Japan and Manchukuo claimed it: along the west shore of Lake Khasan, putting the hills on the Manchukuo side. Schematic.</source>
        <translation>Raja Japanin ja Mantšukuon vaatimuksen mukaan: Khasan-järven länsirantaa pitkin, jolloin kukkulat jäävät Mantšukuon puolelle. Kaavamainen.</translation>
    </message>
    <message>
        <location filename="../../app/views/days/map.py" line="+18"/>
        <source>Schematic map of the Lake Khasan area</source>
        <translation>Khasan-järven alueen kaavakartta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who held each hill and the day&apos;s moves; + and − zoom, 0 fits.</source>
        <translation>Kuka hallitsi kutakin kukkulaa ja päivän liikkeet; + ja − lähentävät ja loitontavat, 0 sovittaa kartan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Marked for the tour&apos;s chapter: {places}.</source>
        <translation>Merkitty kierroksen osalle: {places}.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>as of {day}</source>
        <translation>tilanne {day}</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Not on this map: {places}</source>
        <translation>Ei tällä kartalla: {places}</translation>
    </message>
    <message>
        <location filename="../../app/views/days/map_static.py" line="+56"/>
        <location filename="../../app/views/overview/mini_map.py" line="+79"/>
        <source>{n} km</source>
        <translation>{n} km</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} m</source>
        <translation>{n} m</translation>
    </message>
    <message>
        <location line="+24"/>
        <location filename="../../app/views/overview/mini_map.py" line="+14"/>
        <source>N</source>
        <translation>P</translation>
    </message>
</context>
<context>
    <name>DayText</name>
    <message>
        <location filename="../../app/views/days/text.py" line="+32"/>
        <source>unknown</source>
        <extracomment>Categories a daily count names instead of its unit (&quot;12 killed&quot;, not &quot;12 people&quot;).</extracomment>
        <translation>tuntematon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no record</source>
        <translation>ei tietoa</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Korea</source>
        <translation>Korea</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>air: aircraft, sorties, bombs</source>
        <translation>ilma: koneet, lennot, pommit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>attacks and counter-attacks</source>
        <translation>hyökkäykset ja vastahyökkäykset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>losses</source>
        <translation>tappiot</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source: {citation}</source>
        <translation>Lähde: {citation}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where: {locator}</source>
        <translation>Kohta: {locator}</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+47"/>
        <source>Version: {q}</source>
        <translation>Versio: {q}</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>{who}: {kind} on {place}</source>
        <translation>{who}: {kind}, kohde {place}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From: {place}</source>
        <translation>Lähtöpaikka: {place}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the {direction}</source>
        <translation>Tulosuunta: {direction}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data gives no direction for this move.</source>
        <translation>Aineisto ei kerro tämän liikkeen suuntaa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{place}: {holder} ({basis})</source>
        <translation>{place}: {holder} ({basis})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>as of {day}</source>
        <translation>tilanne {day}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>coordinates from the seed (exact)</source>
        <translation>koordinaatit lähteestä (tarkat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>position approximate (schematic)</source>
        <translation>sijainti likimääräinen (kaavamainen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{side}: {value} {what}</source>
        <translation>{side}: {value} {what}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Named in:</source>
        <translation>Mainitaan:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{day}: 1 event</source>
        <translation>{day}: 1 tapahtuma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{day}: {n} events</source>
        <translation>{day}: {n} tapahtumaa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Holders: {holders}.</source>
        <translation>Haltijat: {holders}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moves: {moves}.</source>
        <translation>Liikkeet: {moves}.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No moves this day.</source>
        <translation>Tänä päivänä ei liikkeitä.</translation>
    </message>
</context>
<context>
    <name>DayTree</name>
    <message>
        <location filename="../../app/views/days/tree.py" line="+73"/>
        <source>What the data holds for this day</source>
        <extracomment>The current row changed (its column-0 item, or None; the previous one).</extracomment>
        <translation>Mitä aineisto kertoo tästä päivästä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same events, moves, holders and figures as the map and the chart, each row with its source</source>
        <translation>Samat tapahtumat, liikkeet, hallitsijat ja luvut kuin kartalla ja kaaviossa, jokainen rivi lähteineen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On this day</source>
        <translation>Tänä päivänä</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Lähde</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Events</source>
        <translation>Tapahtumat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No event is dated to this day.</source>
        <translation>Tälle päivälle ei ole päivättyjä tapahtumia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Moves</source>
        <translation>Liikkeet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who held the hills</source>
        <translation>Kenellä kukkulat olivat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Units engaged</source>
        <translation>Osallistuneet yksiköt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>People</source>
        <translation>Henkilöt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Casualties, sorties and other figures</source>
        <translation>Tappiot, lennot ja muut luvut</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Continuing over this day (date ranges)</source>
        <translation>Jatkuu tämän päivän yli (ajanjaksot)</translation>
    </message>
</context>
<context>
    <name>DaysView</name>
    <message>
        <location filename="../../app/views/days/page.py" line="+160"/>
        <source>◀ Previous day</source>
        <translation>◀ Edellinen päivä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous day</source>
        <translation>Edellinen päivä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next day ▶</source>
        <translation>Seuraava päivä ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next day</source>
        <translation>Seuraava päivä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Playback speed</source>
        <translation>Toistonopeus</translation>
    </message>
    <message>
        <location line="+209"/>
        <source>{n} days/s</source>
        <translation>{n} päivää/s</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>Day</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;Speed:</source>
        <translation>&amp;Nopeus:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details and source</source>
        <translation>Tiedot ja lähde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a row, a hill or an arrow to read its note and source.</source>
        <translation>Napsauta riviä, kukkulaa tai nuolta lukeaksesi sen huomautuksen ja lähteen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day shown</source>
        <translation>Näytettävä päivä</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>{day} is outside these days ({first} – {last})</source>
        <translation>{day} on näiden päivien ulkopuolella ({first} – {last})</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Off the map this day: {moves}</source>
        <translation>Kartan ulkopuolella tänä päivänä: {moves}</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>{n} day/s</source>
        <translation>{n} päivä/s</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>❚❚ Pause</source>
        <translation>❚❚ Tauko</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>▶ Play</source>
        <translation>▶ Toista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause</source>
        <translation>Tauko</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play</source>
        <translation>Toista</translation>
    </message>
</context>
<context>
    <name>Direction</name>
    <message>
        <location filename="../../app/views/common/wording.py" line="+242"/>
        <source>north</source>
        <translation>pohjoinen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>north-east</source>
        <translation>koillinen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>east</source>
        <translation>itä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>south-east</source>
        <translation>kaakko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>south</source>
        <translation>etelä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>south-west</source>
        <translation>lounas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>west</source>
        <translation>länsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>north-west</source>
        <translation>luode</translation>
    </message>
</context>
<context>
    <name>Echelon</name>
    <message>
        <location line="-179"/>
        <source>government</source>
        <translation>hallitus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>command</source>
        <translation>johto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>front</source>
        <translation>rintama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>army</source>
        <translation>armeija</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>corps</source>
        <translation>armeijakunta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>division</source>
        <translation>divisioona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>brigade</source>
        <translation>prikaati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>regiment</source>
        <translation>rykmentti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>battalion</source>
        <translation>pataljoona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>company</source>
        <translation>komppania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>platoon</source>
        <translation>joukkue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>section</source>
        <translation>ryhmä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>detachment</source>
        <translation>osasto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>group</source>
        <translation>ryhmä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>air force</source>
        <translation>ilmavoimat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fleet</source>
        <translation>laivasto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vessel</source>
        <translation>alus</translation>
    </message>
</context>
<context>
    <name>Estimate</name>
    <message>
        <location line="+19"/>
        <source>as stated</source>
        <extracomment>How sure a figure is (the &quot;qualifier&quot; of its number: &quot;≈&quot;, &quot;≥&quot;…).</extracomment>
        <translation>lähteen mukaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about</source>
        <translation>noin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least</source>
        <translation>vähintään</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more than</source>
        <translation>yli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most</source>
        <translation>enintään</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>range</source>
        <translation>vaihteluväli</translation>
    </message>
</context>
<context>
    <name>EventDetails</name>
    <message>
        <location filename="../../app/views/incidents/details.py" line="+73"/>
        <source>Event details</source>
        <translation>Tapahtuman tiedot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy citation</source>
        <translation>Kopioi lähdeviite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the full citation of the event&apos;s source</source>
        <translation>Kopioi tapahtuman lähteen koko lähdeviite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this day</source>
        <translation>Näytä tämä päivä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the daily operations viewer on this event&apos;s day</source>
        <translation>Avaa päivittäisten operaatioiden näkymä tämän tapahtuman päivään</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other account</source>
        <translation>Toinen kertomus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show how another part of the source dates or tells this happening</source>
        <translation>Näytä, miten lähteen toinen osa ajoittaa tai kertoo tämän tapahtuman</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Select an event to read it here.</source>
        <translation>Valitse tapahtuma, niin voit lukea sen tästä.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> (approximate)</source>
        <translation> (likimääräinen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place: {p}</source>
        <translation>Paikka: {p}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sector: {s}</source>
        <translation>Lohko: {s}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict: {c} · kind: {k}</source>
        <translation>Konflikti: {c} · laji: {k}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Units: {u}</source>
        <translation>Yksiköt: {u}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People: {p}</source>
        <translation>Henkilöt: {p}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Count: {n}</source>
        <translation>Määrä: {n}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Version: {q}</source>
        <translation>Versio: {q}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source: {c}</source>
        <translation>Lähde: {c}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Other accounts of this happening:</source>
        <translation>Tämän tapahtuman muut kertomukset:</translation>
    </message>
</context>
<context>
    <name>EventHistogram</name>
    <message>
        <location filename="../../app/views/incidents/histogram.py" line="+76"/>
        <source>Events per year; drag to choose a date range</source>
        <translation>Tapahtumat vuosittain; valitse aikaväli vetämällä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events per year: {counts}</source>
        <translation>Tapahtumat vuosittain: {counts}</translation>
    </message>
</context>
<context>
    <name>FacetList</name>
    <message>
        <location filename="../../app/views/incidents/facets.py" line="+21"/>
        <location line="+11"/>
        <source>Check values to show only their events; Space checks</source>
        <translation>Valitse arvot, joiden tapahtumat näytetään; välilyönti valitsee</translation>
    </message>
</context>
<context>
    <name>Family</name>
    <message>
        <location filename="../../app/views/common/wording.py" line="+18"/>
        <source>Personnel</source>
        <extracomment>The force charts&apos; panels: what a group of figures counts.</extracomment>
        <translation>Henkilöstö</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formations</source>
        <translation>Joukko-osastot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guns</source>
        <translation>Tykit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanks</source>
        <translation>Panssarivaunut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Machine guns</source>
        <translation>Konekiväärit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aircraft</source>
        <translation>Lentokoneet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Armoured trains</source>
        <translation>Panssarijunat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vehicles</source>
        <translation>Ajoneuvot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ships and boats</source>
        <translation>Laivat ja veneet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rifles</source>
        <translation>Kiväärit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Killed</source>
        <translation>Kaatuneet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Died of wounds</source>
        <translation>Haavoihinsa kuolleet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Died in hospital</source>
        <translation>Sairaalassa kuolleet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-combat deaths</source>
        <translation>Muut kuin taistelukuolemat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>Kadonneet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Killed and missing</source>
        <translation>Kaatuneet ja kadonneet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wounded</source>
        <translation>Haavoittuneet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sick</source>
        <translation>Sairastuneet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Casualties</source>
        <translation>Tappiot yhteensä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of losses caused by artillery</source>
        <translation>Tykistön aiheuttama osuus tappioista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sorties, all aircraft</source>
        <translation>Lennot, kaikki koneet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sorties by aircraft type</source>
        <translation>Lennot konetyypeittäin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bombs dropped</source>
        <translation>Pudotetut pommit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1,000-kg bombs</source>
        <translation>1 000 kg:n pommit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aircraft lost</source>
        <translation>Menetetyt lentokoneet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aircraft damaged</source>
        <translation>Vaurioituneet lentokoneet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awards and promotions</source>
        <translation>Kunniamerkit ja ylennykset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents</source>
        <translation>Välikohtaukset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Air strikes</source>
        <translation>Ilmaiskut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Muut</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location line="+114"/>
        <source>Date</source>
        <extracomment>Names of the data&apos;s columns: table headers, the index&apos;s &quot;about&quot; pane, the report.</extracomment>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Paikka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>Lohko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Lähde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side</source>
        <translation>Osapuoli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <translation>Mittari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Luokka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Alaraja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Yläraja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimate</source>
        <translation>Arvion tyyppi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scope</source>
        <translation>Laajuus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualifier</source>
        <translation>Tarkenne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Yksikkö</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict</source>
        <translation>Konflikti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Vuosi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citation</source>
        <translation>Lähdeviite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>Venäjäksi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japanese</source>
        <translation>Japaniksi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese</source>
        <translation>Kiinaksi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other spellings</source>
        <translation>Muut kirjoitusasut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank</source>
        <translation>Sotilasarvo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fate</source>
        <translation>Kohtalo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Echelon</source>
        <translation>Porras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Huomautus</translation>
    </message>
</context>
<context>
    <name>FilterChips</name>
    <message>
        <location filename="../../app/views/incidents/chips.py" line="+32"/>
        <source>Filters:</source>
        <translation>Suodattimet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset filters</source>
        <translation>Tyhjennä suodattimet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset all filters</source>
        <translation>Tyhjennä kaikki suodattimet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active filters</source>
        <translation>Käytössä olevat suodattimet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove this filter</source>
        <translation>Poista tämä suodatin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove filter {text}</source>
        <translation>Poista suodatin {text}</translation>
    </message>
</context>
<context>
    <name>ForcesChart</name>
    <message>
        <location filename="../../app/views/forces/chart.py" line="+74"/>
        <source>Force comparison chart</source>
        <extracomment>(kind, key) → tooltip text; set by the page (&apos;figure&apos; or &apos;group&apos;, id).</extracomment>
        <translation>Joukkojen vertailukaavio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bars of every figure; Up and Down step through them</source>
        <translation>Pylväs jokaisesta luvusta; nuolet ylös ja alas siirtyvät niiden välillä</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>Force comparison</source>
        <translation>Joukkojen vertailu</translation>
    </message>
</context>
<context>
    <name>ForcesView</name>
    <message>
        <location filename="../../app/views/forces/controls.py" line="+118"/>
        <source>&amp;Conflict:</source>
        <extracomment>Called as translate(&quot;ForcesView&quot;, &quot;literal&quot;) so that lupdate extracts the string (it does not see through a wrapper such as _tr(text)).</extracomment>
        <translation>&amp;Konflikti:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;cope:</source>
        <translation>&amp;Laajuus:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which figures to show: those of the forces in the fighting, of the whole corps or grouping, or of single actions (one day, one group)</source>
        <translation>Mitkä luvut näytetään: taisteluihin osallistuneiden joukkojen, koko armeijakunnan tai ryhmityksen vai yksittäisten toimien (yksi päivä, yksi ryhmä)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show as table</source>
        <translation>Näytä taulukkona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The numbers behind the chart, as a sortable table</source>
        <translation>Kaavion luvut lajiteltavana taulukkona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PNG…</source>
        <translation>Vie PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export SVG…</source>
        <translation>Vie SVG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart</source>
        <translation>Kaavio</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>All figures (table)</source>
        <translation>Kaikki luvut (taulukko)</translation>
    </message>
    <message>
        <location filename="../../app/views/forces/page.py" line="+111"/>
        <source>Numbers behind the chart</source>
        <extracomment>As before: its figures are drawn as soon as it exists (tests and benchmarks/charts.py read them unseen).</extracomment>
        <translation>Kaavion luvut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures</source>
        <translation>Luvut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figure details</source>
        <translation>Luvun tiedot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point at a bar for its source; click it to keep the details here. Click &apos;≠ sources differ&apos; to list every source&apos;s figure. With the keyboard: focus the chart, then Up and Down.</source>
        <translation>Osoita pylvästä nähdäksesi sen lähteen; napsauta, niin tiedot jäävät tähän. Napsauta ”≠ lähteet eroavat” nähdäksesi jokaisen lähteen luvun. Näppäimistöllä: siirry kaavioon ja käytä nuolia ylös ja alas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show related event</source>
        <translation>Näytä liittyvä tapahtuma</translation>
    </message>
    <message>
        <location filename="../../app/views/forces/controls.py" line="-15"/>
        <source>Figures shown</source>
        <translation>Näytetyt luvut</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{chart} ({n})</source>
        <translation>{chart} ({n})</translation>
    </message>
    <message>
        <location filename="../../app/views/forces/page.py" line="+127"/>
        <source>{n} figures</source>
        <translation>{n} lukua</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{conflict} — {chart} · {scope}</source>
        <translation>{conflict} — {chart} · {scope}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No figures of this kind for this conflict and scope.</source>
        <translation>Tältä konfliktilta ja laajuudelta ei ole tämän lajin lukuja.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} figures · sources differ on {d} quantities</source>
        <translation>{n} lukua · lähteet eroavat {d} suureessa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{h} outside this scope</source>
        <translation>{h} tämän laajuuden ulkopuolella</translation>
    </message>
    <message>
        <location filename="../../app/views/forces/tables.py" line="+67"/>
        <location line="+21"/>
        <source>As stated</source>
        <extracomment>Called as translate(&quot;ForcesView&quot;, &quot;literal&quot;) so that lupdate extracts the string (it does not see through a wrapper such as _tr(text)).</extracomment>
        <translation>Lähteen mukaan</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Comparison group</source>
        <translation>Vertailuryhmä</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where in the source</source>
        <translation>Kohta lähteessä</translation>
    </message>
    <message>
        <location filename="../../app/views/forces/page.py" line="-88"/>
        <source>The figures you chose (outlined in the chart):</source>
        <translation>Valitsemasi luvut (ympäröity kaaviossa):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tour, chapter {n}: {title} — the figures it highlights (outlined in the chart):</source>
        <translation>Kierros, osa {n}: {title} — sen korostamat luvut (kehystetty kaaviossa):</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Events in this period:</source>
        <translation>Tapahtumat tällä ajanjaksolla:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>All figures</source>
        <translation>Kaikki luvut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict: {c}</source>
        <translation>Konflikti: {c}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart: {c}</source>
        <translation>Kaavio: {c}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scope: {s}</source>
        <translation>Laajuus: {s}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Force comparison — {chart}</source>
        <translation>Joukkojen vertailu — {chart}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-kuva (*.png)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-piirros (*.svg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export chart</source>
        <translation>Vie kaavio</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export failed</source>
        <translation>Vienti epäonnistui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not write {path}:
{err}</source>
        <translation>Tiedostoa {path} ei voitu kirjoittaa:
{err}</translation>
    </message>
    <message>
        <location filename="../../app/views/forces/text.py" line="+22"/>
        <source>Strength</source>
        <translation>Vahvuus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Losses</source>
        <translation>Tappiot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Air war</source>
        <translation>Ilmasota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Captured</source>
        <translation>Sotasaalis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awards</source>
        <translation>Kunniamerkit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents</source>
        <translation>Välikohtaukset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other figures</source>
        <translation>Muut luvut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All scopes</source>
        <translation>Kaikki laajuudet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the fighting</source>
        <translation>Taisteluissa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole corps or grouping</source>
        <translation>Koko armeijakunta tai ryhmitys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Single actions (one day, one group)</source>
        <translation>Yksittäiset toimet (yksi päivä, yksi ryhmä)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{family} · {unit}</source>
        <translation>{family} · {unit}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{a} : {b} = {ratio} : 1</source>
        <translation>{a} : {b} = {ratio} : 1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>≠ sources differ ({n})</source>
        <translation>≠ lähteet eroavat ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>= sources agree ({n})</source>
        <translation>= lähteet yhtäpitäviä ({n})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>≈ about · ≥ at least · &gt; more than · ≤ at most · a–b range (whisker) · hatched: part of a total · each panel has its own scale</source>
        <translation>≈ noin · ≥ vähintään · &gt; yli · ≤ enintään · a–b vaihteluväli (jana) · viivoitettu: osa kokonaismäärästä · jokaisella paneelilla oma asteikkonsa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note: {value} — {scope}</source>
        <translation>Huom.: {value} — {scope}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{value} {unit} — {side}, {conflict}</source>
        <translation>{value} {unit} — {side}, {conflict}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What: {measure}, {category} ({estimate})</source>
        <translation>Mitä: {measure}, {category} ({estimate})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scope: {scope}</source>
        <translation>Laajuus: {scope}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Low: {low} · high: {high}</source>
        <translation>Alaraja: {low} · yläraja: {high}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whose figure: {q}</source>
        <translation>Kenen luku: {q}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period: {period}</source>
        <translation>Ajanjakso: {period}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: {note}</source>
        <translation>Huom.: {note}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>Source: {citation}</source>
        <translation>Lähde: {citation}</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Where: {loc}</source>
        <translation>Kohta: {loc}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sources differ: {n} figures for this quantity (click to list them)</source>
        <translation>Lähteet eroavat: tälle suureelle {n} lukua (napsauta nähdäksesi ne)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} sources give this quantity and agree</source>
        <translation>{n} lähdettä antaa tämän suureen, ja ne ovat yhtäpitäviä</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sources differ — {n} figures for the same quantity:</source>
        <translation>Lähteet eroavat — samalle suureelle {n} lukua:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources agree — {n} figures for the same quantity:</source>
        <translation>Lähteet ovat yhtäpitäviä — samalle suureelle {n} lukua:</translation>
    </message>
</context>
<context>
    <name>IncidentView</name>
    <message>
        <location filename="../../app/views/incidents/page.py" line="+55"/>
        <source>Side (initiator)</source>
        <translation>Osapuoli (aloittaja)</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Search titles, texts and place names (English, Finnish, Russian…)</source>
        <extracomment>Built with the data even while hidden: the session, the kiosk, exports and the report read the table&apos;s rows without showing the page.</extracomment>
        <translation>Hae otsikoista, teksteistä ja paikannimistä (englanniksi, suomeksi, venäjäksi…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search events</source>
        <translation>Hae tapahtumia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With casualties only</source>
        <translation>Vain tappioita aiheuttaneet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Vie</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+248"/>
        <source>Export shown events</source>
        <translation>Vie näytetyt tapahtumat</translation>
    </message>
    <message>
        <location line="-247"/>
        <source>Shown rows as CSV…</source>
        <translation>Näytetyt rivit CSV-tiedostona…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown rows as Excel (XLSX)…</source>
        <translation>Näytetyt rivit Excel-tiedostona (XLSX)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of events shown</source>
        <translation>Näytettyjen tapahtumien määrä</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Year range</source>
        <translation>Vuosiväli</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Drag the handles, or type the first and last year in the boxes</source>
        <translation>Vedä kahvoja tai kirjoita ensimmäinen ja viimeinen vuosi ruutuihin</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>First year</source>
        <translation>Ensimmäinen vuosi</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>Last year</source>
        <translation>Viimeinen vuosi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by value</source>
        <translation>Suodata arvon mukaan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click to sort; Shift+click adds a secondary sort key; Ctrl+Shift+S sorts by the current column</source>
        <translation>Lajittele napsauttamalla; Vaihto+napsautus lisää toissijaisen lajitteluavaimen; Ctrl+Vaihto+S lajittelee nykyisen sarakkeen mukaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>Tapahtumat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per event; the details of the current row are below</source>
        <translation>Yksi rivi tapahtumaa kohden; valitun rivin tiedot ovat alla</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Search: {t}</source>
        <translation>Haku: {t}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Years: {a}–{b}</source>
        <translation>Vuodet: {a}–{b}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With casualties</source>
        <translation>Tappioita aiheuttaneet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mentions: {name}</source>
        <translation>Mainitsee: {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{shown} of {total} events · Soviet: {uk} killed, {uw} wounded · Japanese/Manchukuo: {jk} killed, {jw} wounded</source>
        <translation>{shown}/{total} tapahtumaa · Neuvostoliitto: {uk} kaatunutta, {uw} haavoittunutta · Japani/Mantšukuo: {jk} kaatunutta, {jw} haavoittunutta</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Incident table</source>
        <translation>Tapahtumataulukko</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-työkirja (*.xlsx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export failed</source>
        <translation>Vienti epäonnistui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not write {path}:
{err}</source>
        <translation>Tiedostoa {path} ei voitu kirjoittaa:
{err}</translation>
    </message>
</context>
<context>
    <name>IndexView</name>
    <message>
        <location filename="../../app/views/research/index_page.py" line="+30"/>
        <source>People, units and places</source>
        <extracomment>The index&apos;s sections: everything, or one table (named by the wording module).</extracomment>
        <translation>Henkilöt, yksiköt ja paikat</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Find a person, unit or place…</source>
        <translation>Etsi henkilö, yksikkö tai paikka…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find in index</source>
        <translation>Etsi hakemistosta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Index section</source>
        <translation>Hakemiston osa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;how:</source>
        <translation>&amp;Näytä:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Index entries</source>
        <translation>Hakemiston kohdat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About the entry</source>
        <translation>Kohdan tiedot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events mentioning the entry</source>
        <translation>Kohdan mainitsevat tapahtumat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days of July–August 1938 with the entry</source>
        <translation>Heinä–elokuun 1938 päivät, joina kohta esiintyy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show its events in the incident table</source>
        <translation>Näytä sen tapahtumat tapahtumataulukossa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Events (activate to open in the incident table):</source>
        <translation>&amp;Tapahtumat (aktivoi avataksesi tapahtumataulukossa):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Days (activate to open in the daily viewer):</source>
        <translation>&amp;Päivät (aktivoi avataksesi päivänäkymässä):</translation>
    </message>
    <message>
        <location line="+51"/>
        <source> (approximate)</source>
        <translation> (likimääräinen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source: {c}</source>
        <translation>Lähde: {c}</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <location filename="../../app/views/common/wording.py" line="-282"/>
        <source>incident</source>
        <extracomment>Event kinds and the kinds of the daily moves (one vocabulary: they share codes).</extracomment>
        <translation>välikohtaus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>provocations</source>
        <translation>provokaatiot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>airspace violation</source>
        <translation>ilmatilaloukkaus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shelling</source>
        <translation>tulitus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>river violation</source>
        <translation>jokirajan loukkaus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reconnaissance</source>
        <translation>tiedustelu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clash</source>
        <translation>yhteenotto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attack</source>
        <translation>hyökkäys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>counter-attack</source>
        <translation>vastahyökkäys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>battle</source>
        <translation>taistelu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>artillery</source>
        <translation>tykistö</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>air strike</source>
        <translation>ilmaisku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deployment</source>
        <translation>joukkojen siirto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>order</source>
        <translation>käsky</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decision</source>
        <translation>päätös</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>diplomatic</source>
        <translation>diplomatia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>protest</source>
        <translation>vastalause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>negotiation</source>
        <translation>neuvottelut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ceasefire</source>
        <translation>tulitauko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>defection</source>
        <translation>loikkaus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>political</source>
        <translation>politiikka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>propaganda</source>
        <translation>propaganda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evacuation</source>
        <translation>evakuointi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inspection</source>
        <translation>tarkastus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>award</source>
        <translation>palkitseminen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>promotion</source>
        <translation>ylennys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>arrest</source>
        <translation>pidätys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tribunal</source>
        <translation>oikeudenkäynti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exhibition</source>
        <translation>näyttely</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>commemoration</source>
        <translation>muistotilaisuus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reform</source>
        <translation>uudistus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>infrastructure</source>
        <translation>infrastruktuuri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>culture</source>
        <translation>kulttuuri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>muu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>withdrawal</source>
        <translation>vetäytyminen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>arrival</source>
        <translation>saapuminen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reinforcement</source>
        <translation>vahvistus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>breakout</source>
        <translation>läpimurto</translation>
    </message>
</context>
<context>
    <name>KioskOverlays</name>
    <message>
        <location filename="../../app/kiosk/overlays.py" line="+17"/>
        <source>Are you still there?</source>
        <translation>Oletko vielä siellä?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Touch the screen to keep exploring.</source>
        <translation>Kosketa näyttöä jatkaaksesi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting over in {n} s</source>
        <translation>Alkaa alusta {n} s kuluttua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>Jatka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Touch to explore</source>
        <translation>Kosketa ja tutki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lake Khasan, July–August 1938: the battle day by day</source>
        <translation>Khasan-järvi, heinä–elokuu 1938: taistelu päivä päivältä</translation>
    </message>
</context>
<context>
    <name>LoadBanner</name>
    <message>
        <location filename="../../app/window/load_errors.py" line="+33"/>
        <source>Could not load {where}; still showing the previous data.</source>
        <translation>Aineistoa {where} ei voitu ladata; edellinen aineisto on yhä näkyvissä.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not load {where}; showing the bundled data instead.</source>
        <translation>Aineistoa {where} ei voitu ladata; sen sijaan näytetään mukana tuleva aineisto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not load {where}; there is no data to show.</source>
        <translation>Aineistoa {where} ei voitu ladata; näytettävää aineistoa ei ole.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors while showing {where}; some pages may be incomplete.</source>
        <translation>Virheitä näytettäessä aineistoa {where}; osa sivuista voi olla puutteellisia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes on {where}:</source>
        <translation>Huomautuksia aineistosta {where}:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the bundled data</source>
        <translation>mukana tuleva aineisto</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>… and {n} more (see Details)</source>
        <translation>… ja {n} muuta (katso Tiedot)</translation>
    </message>
    <message>
        <location line="+99"/>
        <location line="+12"/>
        <source>Copy errors</source>
        <translation>Kopioi virheet</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Copy notes</source>
        <translation>Kopioi huomautukset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data load errors</source>
        <translation>Aineiston latausvirheet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Data notes</source>
        <translation>Huomautuksia aineistosta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Details</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every problem with its file, row and column</source>
        <translation>Näytä jokainen ongelma tiedostoineen, riveineen ja sarakkeineen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the full list to the clipboard</source>
        <translation>Kopioi koko luettelo leikepöydälle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this message</source>
        <translation>Sulje tämä ilmoitus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data load messages</source>
        <translation>Aineiston latausilmoitukset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details of the data load messages</source>
        <translation>Aineiston latausilmoitusten tiedot</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/window/main_window.py" line="+22"/>
        <source>Khasan 1938 Explorer</source>
        <translation>Khasan 1938 -tutkija</translation>
    </message>
    <message>
        <location filename="../../app/window/pages.py" line="+13"/>
        <source>Overview</source>
        <translation>Yleiskatsaus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tour</source>
        <translation>Kierros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents</source>
        <translation>Tapahtumat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forces</source>
        <translation>Joukot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Päivät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>Lähteet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Index</source>
        <translation>Hakemisto</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Pages</source>
        <translation>Sivut</translation>
    </message>
    <message>
        <location filename="../../app/window/main_window.py" line="+47"/>
        <location filename="../../app/window/pages.py" line="-112"/>
        <source>Loading data…</source>
        <extracomment>Desktop sessions restore layout, page and filters; the kiosk turns this off.</extracomment>
        <translation>Ladataan aineistoa…</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Showing {label} ({path})</source>
        <translation>Näytetään: {label} ({path})</translation>
    </message>
    <message>
        <location filename="../../app/window/pages.py" line="+1"/>
        <source>No data loaded.</source>
        <translation>Aineistoa ei ole ladattu.</translation>
    </message>
    <message>
        <location filename="../../app/window/data_loading.py" line="+96"/>
        <location line="+40"/>
        <location line="+24"/>
        <location filename="../../app/window/main_window.py" line="+75"/>
        <source>bundled data</source>
        <translation>mukana tuleva aineisto</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Loading {name}…</source>
        <translation>Ladataan {name}…</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Loading cancelled; nothing changed.</source>
        <translation>Lataus peruttiin; mikään ei muuttunut.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Errors while showing {where}; see the message above.</source>
        <translation>Virheitä näytettäessä aineistoa {where}; katso ilmoitus yllä.</translation>
    </message>
    <message>
        <location filename="../../app/window/main_window.py" line="+92"/>
        <source>No data could be loaded; the message above lists the errors.</source>
        <translation>Aineistoa ei voitu ladata; virheet on lueteltu yllä olevassa ilmoituksessa.</translation>
    </message>
    <message>
        <location filename="../../app/window/data_loading.py" line="+37"/>
        <source>Could not load {where}:
{details}</source>
        <translation>Aineistoa {where} ei voitu ladata:
{details}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open a data package folder</source>
        <translation>Avaa aineistopaketin kansio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open an events CSV</source>
        <translation>Avaa tapahtumien CSV-tiedosto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-tiedostot (*.csv);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <location filename="../../app/views/print/actions.py" line="+21"/>
        <source>This data has no guided tour (its package has no story table).</source>
        <translation>Tässä aineistossa ei ole opastettua kierrosta (paketissa ei ole story-taulukkoa).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No data is loaded yet.</source>
        <translation>Aineistoa ei ole vielä ladattu.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Writing {path}…</source>
        <translation>Kirjoitetaan {path}…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PDF not saved</source>
        <translation>PDF-tiedostoa ei tallennettu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>this folder cannot be written to (it is read-only or protected); choose another folder</source>
        <translation>tähän kansioon ei voi kirjoittaa (se on vain luku -tilassa tai suojattu); valitse toinen kansio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the folder does not exist</source>
        <translation>kansiota ei ole olemassa</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save report</source>
        <translation>Tallenna raportti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report saved: {path} ({pages} pages)</source>
        <translation>Raportti tallennettu: {path} ({pages} sivua)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report not saved to {path}: {error}</source>
        <translation>Raporttia ei tallennettu tiedostoon {path}: {error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save tour as PDF</source>
        <translation>Tallenna kierros PDF:nä</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tour handout saved: {path} ({pages} pages)</source>
        <translation>Kierroksen moniste tallennettu: {path} ({pages} sivua)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tour handout not saved to {path}: {error}</source>
        <translation>Kierroksen monistetta ei tallennettu tiedostoon {path}: {error}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Report not printed: {error}</source>
        <translation>Raporttia ei tulostettu: {error}</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>PDF (*.pdf)</source>
        <extracomment>Seconds the last handout took to write (shown in the status bar, read by tests).</extracomment>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/window/main_window.py" line="+31"/>
        <source>Copied: {cmd}</source>
        <translation>Kopioitu: {cmd}</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>About</source>
        <translation>Tietoja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title} {version}
Events, figures and sources on the Lake Khasan battle (1938), the border incidents of 1934–1938 and Khalkhin Gol (1939).</source>
        <translation>{title} {version}
Tapahtumat, luvut ja lähteet Khasan-järven taistelusta (1938), rajavälikohtauksista 1934–1938 ja Halhin-Golista (1939).</translation>
    </message>
    <message>
        <location filename="../../app/window/menus.py" line="+20"/>
        <source>&amp;Overview</source>
        <translation>&amp;Yleiskatsaus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tour</source>
        <translation>&amp;Kierros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Incidents</source>
        <translation>&amp;Tapahtumat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forces</source>
        <translation>&amp;Joukot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Days</source>
        <translation>&amp;Päivät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sources</source>
        <translation>&amp;Lähteet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inde&amp;x</source>
        <translation>&amp;Hakemisto</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open data folder…</source>
        <translation>&amp;Avaa aineistokansio…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;events CSV…</source>
        <translation>Avaa &amp;tapahtumien CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use &amp;bundled data</source>
        <translation>Käytä &amp;mukana tulevaa aineistoa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;report as PDF…</source>
        <translation>Tallenna &amp;raportti PDF-tiedostona…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;tour as PDF…</source>
        <translation>Tallenna &amp;kierros PDF:nä…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print report…</source>
        <translation>Tul&amp;osta raportti…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy &amp;link as command line</source>
        <translation>Kopioi &amp;linkki komentorivinä</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Suurenna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom o&amp;ut</source>
        <translation>P&amp;ienennä</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Normal size</source>
        <translation>&amp;Normaali koko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;High contrast</source>
        <translation>&amp;Suuri kontrasti</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Pikanäppäimet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About</source>
        <translation>&amp;Tietoja</translation>
    </message>
</context>
<context>
    <name>MapKeyButton</name>
    <message>
        <location filename="../../app/views/days/legend_panel.py" line="+47"/>
        <source>Show the map key</source>
        <extracomment>The narrowest map worth keeping the key beside, in text lines (≈ 650 px in the kiosk&apos;s type).</extracomment>
        <translation>Näytä kartan merkkien selitys</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide the map key</source>
        <translation>Piilota kartan merkkien selitys</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <location filename="../../app/views/days/legend.py" line="+62"/>
        <source>Schematic map</source>
        <translation>Kaavakartta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shapes and ≈ positions not surveyed</source>
        <translation>muodot ja ≈-sijainnit eivät ole mitattuja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map legend</source>
        <translation>Kartan selite</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>hill, coordinates from the seed</source>
        <translation>kukkula, koordinaatit lähteestä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>≈ position approximate</source>
        <translation>≈ sijainti likimääräinen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>held by the USSR</source>
        <translation>Neuvostoliiton hallussa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>held by Japan</source>
        <translation>Japanin hallussa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no record for the day</source>
        <translation>ei tietoa tältä päivältä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soviet move</source>
        <translation>neuvostojoukkojen liike</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japanese move</source>
        <translation>japanilaisten liike</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>move, direction not given</source>
        <translation>liike, suuntaa ei kerrota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soviet claim: ridge line</source>
        <translation>Neuvostoliiton vaatimus: harjanne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japanese claim: lake shore</source>
        <translation>Japanin vaatimus: järven ranta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>between the two claims</source>
        <translation>vaatimusten välinen alue</translation>
    </message>
</context>
<context>
    <name>Measure</name>
    <message>
        <location filename="../../app/views/common/wording.py" line="+60"/>
        <source>strength</source>
        <translation>vahvuus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loss</source>
        <translation>tappio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>captured</source>
        <translation>vangittua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sorties</source>
        <translation>lentoa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bombs</source>
        <translation>pommia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>awards</source>
        <translation>palkitsemista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>promotions</source>
        <translation>ylennykset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share</source>
        <translation>osuus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incidents</source>
        <translation>välikohtaukset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deployed</source>
        <translation>sijoitetut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>damaged</source>
        <translation>vaurioituneet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>muut</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../app/kiosk/keyboard.py" line="+174"/>
        <source>On-screen keyboard</source>
        <extracomment>Letter rows of each language&apos;s page (the kiosk&apos;s languages; any other gets English). The Russian page: the йцукен layout (ё at the end of the bottom row).</extracomment>
        <translation>Näyttönäppäimistö</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>space</source>
        <translation>välilyönti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space</source>
        <translation>Välilyönti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done: hide the keyboard</source>
        <translation>Valmis: piilota näppäimistö</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift</source>
        <translation>Vaihto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hyphen</source>
        <translation>Yhdysmerkki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apostrophe</source>
        <translation>Heittomerkki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latin letters</source>
        <translation>Latinalaiset kirjaimet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Russian letters</source>
        <translation>Venäläiset kirjaimet</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../app/views/overview/page.py" line="+178"/>
        <source>Khasan 1938 Explorer</source>
        <extracomment>Called as translate(&quot;OverviewPage&quot;, &quot;literal&quot;) so that lupdate extracts the string.</extracomment>
        <translation>Khasan 1938 -tutkija</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Incidents</source>
        <extracomment>The cards, in order: the page each one opens and its title.</extracomment>
        <translation>Tapahtumat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forces</source>
        <translation>Joukot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Päivät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guided tour</source>
        <translation>Opastettu kierros</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every event with its source: search any spelling, filter, sort.</source>
        <translation>Jokainen tapahtuma lähteineen: haku millä tahansa kirjoitusasulla, suodatus, lajittelu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strength, losses and the air war: every source&apos;s figure side by side.</source>
        <translation>Vahvuudet, tappiot ja ilmasota: jokaisen lähteen luvut rinnakkain.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day by day on the map: who held each hill, the moves, the numbers.</source>
        <translation>Päivä päivältä kartalla: kukkuloiden haltijat, liikkeet, luvut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The story from the border incidents to the armistice, chapter by chapter.</source>
        <translation>Tarina rajavälikohtauksista aselepoon osa osalta.</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Lake Khasan 1938, the border incidents before it and Khalkhin Gol after it: every event and every number with its source, and where sources differ, each of them.</source>
        <translation>Khasan-järvi 1938, sitä edeltäneet rajavälikohtaukset ja sen jälkeinen Halhin-Gol: jokainen tapahtuma ja luku lähteineen, ja kun lähteet eroavat, jokainen niistä.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading data…</source>
        <translation>Ladataan aineistoa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading data</source>
        <translation>Ladataan aineistoa</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>{n} events, {span}</source>
        <translation>{n} tapahtumaa, {span}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} figures</source>
        <translation>{n} lukua</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} figures, {d} disputed</source>
        <translation>{n} lukua, {d} kiistanalaista</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} days, {dates}</source>
        <translation>{n} päivää, {dates}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} chapters</source>
        <translation>{n} osaa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The loaded data has no tour.</source>
        <translation>Ladatussa aineistossa ei ole kierrosta.</translation>
    </message>
    <message>
        <location filename="../../app/views/overview/about.py" line="+16"/>
        <source>About the data</source>
        <extracomment>The tables and conflicts counted before the data is in; the data&apos;s own tables follow it.</extracomment>
        <translation>Tietoa aineistosta</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Dataset: {label}</source>
        <translation>Aineisto: {label}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 event</source>
        <translation>1 tapahtuma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} events</source>
        <translation>{n} tapahtumaa</translation>
    </message>
    <message>
        <location filename="../../app/views/overview/glance_panel.py" line="+157"/>
        <source>Map: {hills}, Lake Khasan and the two border claims</source>
        <extracomment>Called as translate(&quot;OverviewPage&quot;, &quot;literal&quot;) so that lupdate extracts the string.</extracomment>
        <translation>Kartta: {hills}, Khasan-järvi ja kaksi rajavaatimusta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Up and Down step through the numbers; Enter shows every source&apos;s figure on the Forces page</source>
        <translation>Ylä- ja alanuoli siirtyvät luvusta toiseen; Enter näyttää jokaisen lähteen luvun Joukot-sivulla</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{hills} between the two border claims</source>
        <translation>{hills} kahden rajavaatimuksen välissä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> and </source>
        <translation> ja </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No hill in the data has surveyed coordinates.</source>
        <translation>Aineiston kukkuloilla ei ole mitattuja koordinaatteja.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Missä</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At {place}, {dates}</source>
        <translation>{place}, {dates}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How big were the two sides, and what did it cost them?</source>
        <translation>Kuinka suuret joukot, ja millaiset tappiot?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When: {first}–{last}</source>
        <translation>Milloin: {first}–{last}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bars: events per month in the data · click the battle to follow it day by day</source>
        <translation>Pylväät: aineiston tapahtumat kuukausittain · napsauta taistelua seurataksesi sitä päivä päivältä</translation>
    </message>
    <message>
        <location filename="../../app/views/overview/text.py" line="+18"/>
        <source>Strength</source>
        <translation>Vahvuus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Killed</source>
        <translation>Kaatuneet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wounded</source>
        <translation>Haavoittuneet</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>≠ sources differ ({n})</source>
        <translation>≠ lähteet eroavat ({n})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>= {n} sources agree</source>
        <translation>= {n} lähdettä yhtäpitäviä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one source</source>
        <translation>yksi lähde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no figure in the data</source>
        <translation>aineistossa ei lukua</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each number is the range of what the sources say (solid: the lowest figure, hatched: up to the highest) · each row has its own scale · click a number for every source</source>
        <translation>Jokainen luku on lähteiden ilmoittama vaihteluväli (yhtenäinen: pienin luku, viivoitettu: suurimpaan asti) · jokaisella rivillä on oma asteikkonsa · napsauta lukua nähdäksesi jokaisen lähteen luvun</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{quantity}, {side}: {value}</source>
        <translation>{quantity}, {side}: {value}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Click: every figure on the Forces page.</source>
        <translation>Napsautus: kaikki luvut Joukot-sivulla.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>sources differ</source>
        <translation>lähteet eroavat</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Battle at Lake Khasan: {dates}</source>
        <translation>Khasan-järven taistelu: {dates}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{n} events in a month</source>
        <translation>{n} tapahtumaa kuukaudessa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Click: the battle day by day.</source>
        <translation>Napsautus: taistelu päivä päivältä.</translation>
    </message>
</context>
<context>
    <name>PeriodTimeline</name>
    <message>
        <location filename="../../app/views/tour/timeline.py" line="+49"/>
        <source>Timeline 1934–1939</source>
        <extracomment>The battle at Lake Khasan: the attack on Bezymyannaya early on 29 July 1938 (seed l.44, l.211) to the end of hostilities on 11 August 1938 (seed l.240).</extracomment>
        <translation>Aikajana 1934–1939</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Battle at Lake Khasan, 29 Jul – 11 Aug 1938</source>
        <translation>Khasan-järven taistelu 29.7.–11.8.1938</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This chapter: {period}</source>
        <translation>Tämä osa: {period}</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../app/kiosk/staff_exit.py" line="+75"/>
        <source>Staff exit</source>
        <translation>Henkilökunnan poistuminen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter</source>
        <translation>Hyväksy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No staff PIN is set. Set one with: python -m app.kiosk --set-pin</source>
        <translation>Henkilökunnan PIN-koodia ei ole asetettu. Aseta se komennolla: python -m app.kiosk --set-pin</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+66"/>
        <source>Enter the staff PIN.</source>
        <translation>Anna henkilökunnan PIN-koodi.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Wrong PIN.</source>
        <translation>Väärä PIN-koodi.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Too many wrong PINs. Try again in {n} s.</source>
        <translation>Liian monta väärää PIN-koodia. Yritä uudelleen {n} s kuluttua.</translation>
    </message>
</context>
<context>
    <name>PlaceKind</name>
    <message>
        <location filename="../../app/views/common/wording.py" line="-68"/>
        <source>hill</source>
        <translation>kukkula</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lake</source>
        <translation>järvi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>river</source>
        <translation>joki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>settlement</source>
        <translation>asutus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>city</source>
        <translation>kaupunki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outpost</source>
        <translation>etuvartio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>border section</source>
        <translation>rajaosuus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>region</source>
        <translation>alue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country</source>
        <translation>maa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>railway</source>
        <translation>rautatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>airfield</source>
        <translation>lentokenttä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memorial</source>
        <translation>muistomerkki</translation>
    </message>
</context>
<context>
    <name>Print</name>
    <message>
        <location filename="../../app/views/print/events_print.py" line="+23"/>
        <source>Soviet: {list}</source>
        <extracomment>The event columns of casualties: side → its four columns, as (category, column).</extracomment>
        <translation>Neuvostoliitto: {list}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japanese/Manchukuo: {list}</source>
        <translation>Japani/Mantšukuo: {list}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Event</source>
        <translation>Tapahtuma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Casualties</source>
        <translation>Tappiot</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No events.</source>
        <translation>Ei tapahtumia.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>… and {n} more events (export the table for all of them).</source>
        <translation>… ja {n} tapahtumaa lisää (vie taulukko tiedostoon nähdäksesi kaikki).</translation>
    </message>
    <message>
        <location filename="../../app/views/print/handout.py" line="+91"/>
        <source>Chapter {n}</source>
        <translation>Osa {n}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Source: {citation}</source>
        <translation>Lähde: {citation}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Schematic map (not to survey accuracy); dotted rings: this chapter&apos;s places; badges: who held each hill on the day.</source>
        <translation>Kaavakartta (ei mittatarkka); pisteviivarenkaat: tämän osan paikat; merkit: kuka hallitsi kutakin kukkulaa sinä päivänä.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Off the map: {moves}</source>
        <translation>Kartan ulkopuolella: {moves}</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+18"/>
        <source>Lake Khasan 1938: a guided tour</source>
        <translation>Khasan-järvi 1938: opastettu kierros</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Classroom handout · {n} chapters · {span}</source>
        <translation>Luokan moniste · {n} osaa · {span}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every sentence and number comes from the sources named under each chapter and listed in full at the end. Where sources give different numbers, the charts show each of them and mark it &apos;≠ sources differ&apos;.</source>
        <translation>Jokainen lause ja luku on peräisin kunkin osan alla mainituista lähteistä, jotka luetellaan kokonaisuudessaan lopussa. Kun lähteiden luvut eroavat, kaaviot näyttävät jokaisen luvun ja merkitsevät sen ”≠ lähteet eroavat”.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This data has no guided tour (no story table).</source>
        <translation>Tässä aineistossa ei ole opastettua kierrosta (ei story-taulukkoa).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sources</source>
        <translation>Lähteet</translation>
    </message>
    <message>
        <location filename="../../app/views/print/map_print.py" line="+154"/>
        <source>{n} km</source>
        <extracomment>The map is laid out this much larger than it prints, then scaled down: its labels (which keep their size in device units, as on screen) print at 1/LABEL_ROOM of their screen size (9 pt → about 7 pt) and crowd each other less on the narrower page.</extracomment>
        <translation>{n} km</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} m</source>
        <translation>{n} m</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>N</source>
        <translation>P</translation>
    </message>
    <message>
        <location filename="../../app/views/print/sheet.py" line="+90"/>
        <source>The file could not be opened for writing.</source>
        <extracomment>style → (size in points, bold, italic, colour)</extracomment>
        <translation>Tiedostoa ei voitu avata kirjoitettavaksi.</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>The file could not be written.</source>
        <translation>Tiedostoa ei voitu kirjoittaa.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Page {n}</source>
        <translation>Sivu {n}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../app/views/research/report.py" line="+71"/>
        <source>Overview</source>
        <translation>Yleiskatsaus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guided tour</source>
        <translation>Opastettu kierros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident table</source>
        <translation>Tapahtumataulukko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Force comparison</source>
        <translation>Joukkojen vertailu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily operations</source>
        <translation>Päivittäiset operaatiot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>Lähteet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Index</source>
        <translation>Hakemisto</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Daily operations — {d}</source>
        <translation>Päivittäiset operaatiot — {d}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Khasan 1938 Explorer · report</source>
        <translation>Khasan 1938 Explorer · raportti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data: {label} · {stamp}</source>
        <translation>Aineisto: {label} · {stamp}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filters: {f}</source>
        <translation>Suodattimet: {f}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{n} selected events of {m} shown</source>
        <translation>{n} valittua tapahtumaa {m} näkyvästä</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} events shown</source>
        <translation>{n} tapahtumaa näkyvissä</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The figures behind it</source>
        <translation>Kaavion luvut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As stated</source>
        <translation>Lähteen mukaan</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Off the map this day: {moves}</source>
        <translation>Kartan ulkopuolella tänä päivänä: {moves}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No day is chosen: the map shows no day&apos;s positions.</source>
        <translation>Päivää ei ole valittu: kartta ei näytä minkään päivän asemia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Events of {d}</source>
        <translation>Tapahtumat {d}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rows</source>
        <translation>Rivejä</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Khasan 1938 Explorer</source>
        <translation>Khasan 1938 -tutkija</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../app/window/shortcuts_dialog.py" line="+24"/>
        <location line="+8"/>
        <source>Keyboard shortcuts</source>
        <translation>Pikanäppäimet</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Tab and Shift+Tab move between controls; Alt with an underlined letter opens a menu. Every chart has a table beside it or behind a button.</source>
        <translation>Sarkain ja Vaihto+Sarkain siirtyvät säätimestä toiseen; Alt ja alleviivattu kirjain avaavat valikon. Jokaisella kaaviolla on taulukko vieressään tai painikkeen takana.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Action</source>
        <translation>Toiminto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Näppäimet</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Incident table</source>
        <translation>Tapahtumataulukko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move between rows and cells</source>
        <translation>Siirry rivien ja solujen välillä</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arrow keys, Page Up, Page Down</source>
        <translation>Nuolinäppäimet, Page Up, Page Down</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort by the current column (again: reverse)</source>
        <translation>Lajittele nykyisen sarakkeen mukaan (uudelleen: käänteisesti)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected rows</source>
        <translation>Kopioi valitut rivit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Year range</source>
        <translation>Vuosiväli</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tab to the year boxes, then type or use the arrow keys</source>
        <translation>Siirry sarkaimella vuosiruutuihin ja kirjoita tai käytä nuolinäppäimiä</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Force comparison</source>
        <translation>Joukkojen vertailu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step through the bars and &apos;sources differ&apos; captions</source>
        <translation>Siirry pylväästä ja ”lähteet eroavat” -otsikosta toiseen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Up, Down (chart focused)</source>
        <translation>Ylös, alas (kaavio valittuna)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First or last bar</source>
        <translation>Ensimmäinen tai viimeinen pylväs</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <source>Home, End</source>
        <translation>Home, End</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Show the chart as a table</source>
        <translation>Näytä kaavio taulukkona</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show as table button</source>
        <translation>Näytä taulukkona -painike</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Daily operations</source>
        <translation>Päivittäiset operaatiot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous or next day</source>
        <translation>Edellinen tai seuraava päivä</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left, Right</source>
        <translation>Vasen, oikea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A week back or forward</source>
        <translation>Viikko taaksepäin tai eteenpäin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Page Up, Page Down</source>
        <translation>Page Up, Page Down</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First or last day</source>
        <translation>Ensimmäinen tai viimeinen päivä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play or pause</source>
        <translation>Toista tai pysäytä</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Space</source>
        <translation>Välilyönti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom the map in or out, fit it</source>
        <translation>Lähennä tai loitonna karttaa, sovita se</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>+, −, 0 (map focused)</source>
        <translation>+, −, 0 (kartta valittuna)</translation>
    </message>
</context>
<context>
    <name>Side</name>
    <message>
        <location filename="../../app/views/common/wording.py" line="-63"/>
        <source>USSR</source>
        <extracomment>Sides, and who holds a hill (&quot;contested&quot; is a holder only; &quot;none&quot;: no one holds it, or the source names no side).</extracomment>
        <translation>Neuvostoliitto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japan</source>
        <translation>Japani</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manchukuo</source>
        <translation>Mantšukuo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mongolia (MPR)</source>
        <translation>Mongolia (MKT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China</source>
        <translation>Kiina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USSR and Mongolia</source>
        <translation>Neuvostoliitto ja Mongolia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japan and Manchukuo</source>
        <translation>Japani ja Mantšukuo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contested</source>
        <translation>kiistanalainen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no one</source>
        <translation>ei kenelläkään</translation>
    </message>
</context>
<context>
    <name>SourceKind</name>
    <message>
        <location line="+83"/>
        <source>seed document</source>
        <extracomment>What a source is (sources.kind).</extracomment>
        <translation>perusasiakirja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>book</source>
        <translation>kirja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>document</source>
        <translation>asiakirja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encyclopedia</source>
        <translation>tietosanakirja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>journal article</source>
        <translation>aikakauslehtiartikkeli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>newspaper article</source>
        <translation>sanomalehtiartikkeli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>muu</translation>
    </message>
</context>
<context>
    <name>SourcesView</name>
    <message>
        <location filename="../../app/views/research/sources_page.py" line="+102"/>
        <source>Sources</source>
        <translation>Lähteet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full citation</source>
        <translation>Koko lähdeviite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows citing this source</source>
        <translation>Tähän lähteeseen viittaavat rivit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures where sources differ</source>
        <translation>Luvut, joista lähteet eroavat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versions of the figure</source>
        <translation>Luvun versiot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in force comparison</source>
        <translation>Näytä joukkojen vertailussa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All sources</source>
        <translation>Kaikki lähteet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources differ</source>
        <translation>Lähteet eroavat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source lists</source>
        <translation>Lähdeluettelot</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rows citing it</source>
        <translation>Siihen viittaavat rivit</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Versions</source>
        <translation>Versiot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lowest</source>
        <translation>Pienin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest</source>
        <translation>Suurin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>Ero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values and qualifiers</source>
        <translation>Arvot ja tarkenteet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{n} rows cite this source</source>
        <translation>{n} riviä viittaa tähän lähteeseen</translation>
    </message>
</context>
<context>
    <name>Table</name>
    <message>
        <location filename="../../app/views/common/wording.py" line="+201"/>
        <source>Events</source>
        <extracomment>The data package&apos;s tables, as the overview and the index name them.</extracomment>
        <translation>Tapahtumat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures</source>
        <translation>Luvut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places</source>
        <translation>Paikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units</source>
        <translation>Yksiköt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Henkilöt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>Lähteet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily positions</source>
        <translation>Päivittäiset asemat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily moves</source>
        <translation>Päivittäiset liikkeet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tour chapters</source>
        <translation>Kierroksen osat</translation>
    </message>
</context>
<context>
    <name>TourView</name>
    <message>
        <location filename="../../app/views/tour/content.py" line="+91"/>
        <source>line {n}</source>
        <extracomment>Called as translate(&quot;TourView&quot;, &quot;literal&quot;) so that lupdate extracts each string in the tour page&apos;s context (it does not see through a wrapper such as tr(text)).</extracomment>
        <translation>rivi {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lines {n}</source>
        <translation>rivit {n}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{what}, {conflict}</source>
        <translation>{what}, {conflict}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} — {side}, {conflict}</source>
        <translation>{what} — {side}, {conflict}</translation>
    </message>
    <message>
        <location filename="../../app/views/tour/dots.py" line="+97"/>
        <source>Chapter {n}: {title}</source>
        <translation>Osa {n}: {title}</translation>
    </message>
    <message>
        <location filename="../../app/views/tour/page.py" line="+33"/>
        <source>Incidents</source>
        <translation>Välikohtaukset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forces</source>
        <translation>Joukot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Päivät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overview</source>
        <translation>Yleiskatsaus</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>◀ Back</source>
        <translation>◀ Edellinen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous chapter</source>
        <translation>Edellinen osa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next ▶</source>
        <translation>Seuraava ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next chapter</source>
        <translation>Seuraava osa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chapters</source>
        <translation>Kierroksen osat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chapter text</source>
        <translation>Osan teksti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chapter title</source>
        <translation>Osan otsikko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What this chapter shows</source>
        <translation>Mitä tämä osa näyttää</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chapter&apos;s text and events</source>
        <translation>Osan teksti ja tapahtumat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This data package has no guided tour.</source>
        <translation>Tässä aineistopaketissa ei ole opastettua kierrosta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A package brings one as a &apos;story&apos; table (story.csv): one row per chapter, with its text, day, events, figures and places.</source>
        <translation>Paketti voi tuoda sellaisen story-taulukkona (story.csv): yksi rivi osaa kohden, ja siinä osan teksti, päivä, tapahtumat, luvut ja paikat.</translation>
    </message>
    <message>
        <location filename="../../app/views/tour/dots.py" line="+5"/>
        <location filename="../../app/views/tour/page.py" line="+96"/>
        <source>Chapter {n} of {total}</source>
        <translation>Osa {n}/{total}</translation>
    </message>
    <message>
        <location filename="../../app/views/tour/page.py" line="+10"/>
        <source>Explore from here: {view} ▸</source>
        <translation>Tutki tästä eteenpäin: {view} ▸</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explore from here in {view}</source>
        <translation>Tutki tästä eteenpäin näkymässä {view}</translation>
    </message>
    <message>
        <location filename="../../app/views/tour/shows.py" line="+87"/>
        <source>Events</source>
        <extracomment>What this panel lists of a chapter&apos;s content (the tour page has two panels).</extracomment>
        <translation>Tapahtumat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Figures</source>
        <translation>Luvut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Day</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day}: the daily viewer shows it</source>
        <translation>{day}: päivittäinen näkymä näyttää sen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On the map</source>
        <translation>Kartalla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source of this chapter</source>
        <translation>Tämän osan lähde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not in this data</source>
        <translation>Ei tässä aineistossa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chapter names rows this data package does not have: {ids}</source>
        <translation>Osa mainitsee rivejä, joita tässä aineistopaketissa ei ole: {ids}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{heading} — ≠ sources differ</source>
        <translation>{heading} — ≠ lähteet eroavat</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>highlighted in this chapter</source>
        <translation>korostettu tässä osassa</translation>
    </message>
</context>
<context>
    <name>Unit</name>
    <message>
        <location filename="../../app/views/common/wording.py" line="-84"/>
        <source>people</source>
        <extracomment>Units follow a number (&quot;650 people&quot;), which Finnish puts in another case than a label.</extracomment>
        <translation>henkeä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pieces</source>
        <translation>kpl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aircraft</source>
        <translation>lentokonetta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sorties</source>
        <translation>lentoa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bombs</source>
        <translation>pommia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tanks</source>
        <translation>panssarivaunua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vehicles</source>
        <translation>ajoneuvoa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ships</source>
        <translation>alusta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trains</source>
        <translation>junaa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>units</source>
        <translation>yksikköä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>percent</source>
        <translation>prosenttia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cases</source>
        <translation>tapausta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>awards</source>
        <translation>kunniamerkkiä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>multiple or other measure</source>
        <translation>useita tai muu mittari</translation>
    </message>
</context>
</TS>
