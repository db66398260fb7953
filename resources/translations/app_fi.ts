<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fi_FI">
<context>
    <name>DayChart</name>
    <message>
        <location filename="../../work/main/app/views/day_chart.py" line="31" />
        <source>Per-day figures</source>
        <translation>Päiväkohtaiset luvut</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_chart.py" line="41" />
        <source>count (log)</source>
        <translation>määrä (log.)</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_chart.py" line="105" />
        <source>No per-day figures in the data</source>
        <translation>Aineistossa ei ole päiväkohtaisia lukuja</translation>
    </message>
</context>
<context>
    <name>DayMap</name>
    <message>
        <location filename="../../work/main/app/views/day_map.py" line="35" />
        <source>Schematic map of the Lake Khasan area</source>
        <translation>Khasan-järven alueen kaavakartta</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_map.py" line="69" />
        <source>No place in the data has coordinates.</source>
        <translation>Aineiston paikoilla ei ole koordinaatteja.</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_map.py" line="98" />
        <source>Between the two claimed lines (schematic): Zaozernaya and Bezymyannaya lie here.</source>
        <translation>Kahden vaaditun rajalinjan välissä (kaavamainen): Zaozernaja ja Bezymjannaja ovat tällä alueella.</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_map.py" line="113" />
        <source>Course drawn schematically.</source>
        <translation>Uoma piirretty kaavamaisesti.</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_map.py" line="127" />
        <source>Outline drawn schematically.</source>
        <translation>Rantaviiva piirretty kaavamaisesti.</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_map.py" line="133" />
        <source>Soviet claim (schematic)</source>
        <translation>Neuvostoliiton vaatimus (kaavamainen)</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_map.py" line="134" />
        <source>Japanese claim (schematic)</source>
        <translation>Japanin vaatimus (kaavamainen)</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_map.py" line="144" />
        <source>Border as the USSR claimed it: the ridge line through the crests of Zaozernaya and Bezymyannaya, per the 1886 Hunchun protocol map. Schematic.</source>
        <translation>Raja Neuvostoliiton vaatimuksen mukaan: harjanne Zaozernajan ja Bezymjannajan huippujen kautta vuoden 1886 Huntšunin pöytäkirjan kartan mukaisesti. Kaavamainen.</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_map.py" line="146" />
        <source>Border as Japan and Manchukuo claimed it: along the west shore of Lake Khasan, putting the hills on the Manchukuo side. Schematic.</source>
        <translation>Raja Japanin ja Mantšukuon vaatimuksen mukaan: Khasan-järven länsirantaa pitkin, jolloin kukkulat jäävät Mantšukuon puolelle. Kaavamainen.</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_map.py" line="179" />
        <source>as of {day}</source>
        <translation>tilanne {day}</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_map.py" line="308" />
        <source>{n} km</source>
        <translation>{n} km</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_map.py" line="309" />
        <source>{n} m</source>
        <translation>{n} m</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_map.py" line="330" />
        <source>N</source>
        <translation>P</translation>
    </message>
</context>
<context>
    <name>DayText</name>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="27" />
        <location filename="../../work/main/app/views/day_text.py" line="32" />
        <location filename="../../work/main/app/views/day_text.py" line="50" />
        <source>USSR</source>
        <translation>Neuvostoliitto</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="27" />
        <location filename="../../work/main/app/views/day_text.py" line="32" />
        <source>Japan</source>
        <translation>Japani</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="27" />
        <location filename="../../work/main/app/views/day_text.py" line="50" />
        <source>Manchukuo</source>
        <translation>Mantšukuo</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="28" />
        <source>Japan and Manchukuo</source>
        <translation>Japani ja Mantšukuo</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="28" />
        <source>Mongolia (MPR)</source>
        <translation>Mongolia (MKT)</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="29" />
        <source>USSR and Mongolia</source>
        <translation>Neuvostoliitto ja Mongolia</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="29" />
        <source>China</source>
        <translation>Kiina</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="29" />
        <source>unknown</source>
        <translation>tuntematon</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="32" />
        <source>contested</source>
        <translation>kiistanalainen</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="33" />
        <source>no one</source>
        <translation>ei kenelläkään</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="33" />
        <source>no record</source>
        <translation>ei tietoa</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="36" />
        <source>stated</source>
        <translation>lähteen mukaan</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="36" />
        <source>inferred</source>
        <translation>päätelty</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="39" />
        <source>attack</source>
        <translation>hyökkäys</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="39" />
        <source>counter-attack</source>
        <translation>vastahyökkäys</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="40" />
        <source>withdrawal</source>
        <translation>vetäytyminen</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="40" />
        <source>arrival</source>
        <translation>saapuminen</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="41" />
        <source>reinforcement</source>
        <translation>vahvistus</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="41" />
        <source>air strike</source>
        <translation>ilmaisku</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="42" />
        <source>artillery</source>
        <translation>tykistö</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="42" />
        <source>breakout</source>
        <translation>läpimurto</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="45" />
        <source>north</source>
        <translation>pohjoinen</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="45" />
        <source>north-east</source>
        <translation>koillinen</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="45" />
        <source>east</source>
        <translation>itä</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="46" />
        <source>south-east</source>
        <translation>kaakko</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="46" />
        <source>south</source>
        <translation>etelä</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="46" />
        <source>south-west</source>
        <translation>lounas</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="47" />
        <source>west</source>
        <translation>länsi</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="47" />
        <source>north-west</source>
        <translation>luode</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="50" />
        <source>Korea</source>
        <translation>Korea</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="54" />
        <source>killed</source>
        <translation>kaatunutta</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="54" />
        <source>wounded</source>
        <translation>haavoittunutta</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="54" />
        <source>missing</source>
        <translation>kadonnutta</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="55" />
        <source>captured</source>
        <translation>vangittua</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="55" />
        <source>attacks</source>
        <translation>hyökkäystä</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="56" />
        <source>counter-attacks</source>
        <translation>vastahyökkäystä</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="56" />
        <source>air strikes</source>
        <translation>ilmaiskua</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="57" />
        <source>casualties</source>
        <translation>tappiota</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="57" />
        <location filename="../../work/main/app/views/day_text.py" line="61" />
        <source>sorties</source>
        <translation>lentoa</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="60" />
        <source>people</source>
        <translation>henkeä</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="60" />
        <source>pieces</source>
        <translation>kpl</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="60" />
        <source>aircraft</source>
        <translation>lentokonetta</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="61" />
        <source>bombs</source>
        <translation>pommia</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="61" />
        <source>tanks</source>
        <translation>panssarivaunua</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="62" />
        <source>vehicles</source>
        <translation>ajoneuvoa</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="62" />
        <source>ships</source>
        <translation>alusta</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="62" />
        <source>trains</source>
        <translation>junaa</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="63" />
        <source>units</source>
        <translation>yksikköä</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="63" />
        <source>per cent</source>
        <translation>prosenttia</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="63" />
        <source>cases</source>
        <translation>kertaa</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="64" />
        <source>awards</source>
        <translation>palkitsemista</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="67" />
        <source>air: aircraft, sorties, bombs</source>
        <translation>ilma: koneet, lennot, pommit</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="67" />
        <source>attacks and counter-attacks</source>
        <translation>hyökkäykset ja vastahyökkäykset</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="68" />
        <source>losses</source>
        <translation>tappiot</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="72" />
        <source>Source: {citation}</source>
        <translation>Lähde: {citation}</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="74" />
        <source>Where: {locator}</source>
        <translation>Kohta: {locator}</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="91" />
        <location filename="../../work/main/app/views/day_text.py" line="138" />
        <source>Version: {q}</source>
        <translation>Versio: {q}</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="97" />
        <source>{who}: {kind} on {place}</source>
        <translation>{who}: {kind}, kohde {place}</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="104" />
        <source>From: {place}</source>
        <translation>Lähtöpaikka: {place}</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="106" />
        <source>From the {direction}</source>
        <translation>Tulosuunta: {direction}</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="108" />
        <source>The data gives no direction for this move.</source>
        <translation>Aineisto ei kerro tämän liikkeen suuntaa.</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="113" />
        <source>{place}: {holder} ({basis})</source>
        <translation>{place}: {holder} ({basis})</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="116" />
        <source>as of {day}</source>
        <translation>tilanne {day}</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="124" />
        <source>coordinates from the seed (exact)</source>
        <translation>koordinaatit lähteestä (tarkat)</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="125" />
        <source>position approximate (schematic)</source>
        <translation>sijainti likimääräinen (kaavamainen)</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="130" />
        <source>{side}: {value} {what}</source>
        <translation>{side}: {value} {what}</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="148" />
        <source>Named in:</source>
        <translation>Mainitaan:</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="154" />
        <source>{day}: 1 event</source>
        <translation>{day}: 1 tapahtuma</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_text.py" line="154" />
        <source>{day}: {n} events</source>
        <translation>{day}: {n} tapahtumaa</translation>
    </message>
</context>
<context>
    <name>DaysView</name>
    <message>
        <location filename="../../work/main/app/views/days.py" line="65" />
        <source>◀ Previous day</source>
        <translation>◀ Edellinen päivä</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/days.py" line="68" />
        <source>Next day ▶</source>
        <translation>Seuraava päivä ▶</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/days.py" line="70" />
        <source>Playback speed</source>
        <translation>Toistonopeus</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/days.py" line="72" />
        <location filename="../../work/main/app/views/days.py" line="423" />
        <source>{n} days/s</source>
        <translation>{n} päivää/s</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/days.py" line="82" />
        <source>Day</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/days.py" line="91" />
        <source>What the data holds for this day</source>
        <translation>Mitä aineisto kertoo tästä päivästä</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/days.py" line="92" />
        <source>On this day</source>
        <translation>Tänä päivänä</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/days.py" line="92" />
        <source>Source</source>
        <translation>Lähde</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/days.py" line="100" />
        <source>Details and source</source>
        <translation>Tiedot ja lähde</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/days.py" line="101" />
        <source>Click a row, a hill or an arrow to read its note and source.</source>
        <translation>Napsauta riviä, kukkulaa tai nuolta lukeaksesi sen huomautuksen ja lähteen.</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/days.py" line="238" />
        <source>{day} is outside these days ({first} – {last})</source>
        <translation>{day} on näiden päivien ulkopuolella ({first} – {last})</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/days.py" line="258" />
        <source>Off the map this day: {moves}</source>
        <translation>Kartan ulkopuolella tänä päivänä: {moves}</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/days.py" line="299" />
        <source>Events</source>
        <translation>Tapahtumat</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/days.py" line="301" />
        <source>No event is dated to this day.</source>
        <translation>Tälle päivälle ei ole päivättyjä tapahtumia.</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/days.py" line="305" />
        <source>Moves</source>
        <translation>Liikkeet</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/days.py" line="310" />
        <source>Who held the hills</source>
        <translation>Kenellä kukkulat olivat</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/days.py" line="315" />
        <source>Units engaged</source>
        <translation>Osallistuneet yksiköt</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/days.py" line="319" />
        <source>People</source>
        <translation>Henkilöt</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/days.py" line="324" />
        <source>Casualties, sorties and other figures</source>
        <translation>Tappiot, lennot ja muut luvut</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/days.py" line="329" />
        <source>Continuing over this day (date ranges)</source>
        <translation>Jatkuu tämän päivän yli (ajanjaksot)</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/days.py" line="442" />
        <source>❚❚ Pause</source>
        <translation>❚❚ Tauko</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/days.py" line="442" />
        <source>▶ Play</source>
        <translation>▶ Toista</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <location filename="../../work/main/app/views/day_legend.py" line="52" />
        <source>Map legend</source>
        <translation>Kartan selite</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_legend.py" line="59" />
        <source>Schematic map</source>
        <translation>Kaavakartta</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_legend.py" line="60" />
        <source>shapes and ≈ positions not surveyed</source>
        <translation>muodot ja ≈-sijainnit eivät ole mitattuja</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_legend.py" line="68" />
        <source>hill, coordinates from the seed</source>
        <translation>kukkula, koordinaatit lähteestä</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_legend.py" line="69" />
        <source>≈ position approximate</source>
        <translation>≈ sijainti likimääräinen</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_legend.py" line="70" />
        <source>held by the USSR</source>
        <translation>Neuvostoliiton hallussa</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_legend.py" line="71" />
        <source>held by Japan</source>
        <translation>Japanin hallussa</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_legend.py" line="72" />
        <source>contested</source>
        <translation>kiistanalainen</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_legend.py" line="73" />
        <source>no record for the day</source>
        <translation>ei tietoa tältä päivältä</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_legend.py" line="74" />
        <source>Soviet move</source>
        <translation>neuvostojoukkojen liike</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_legend.py" line="75" />
        <source>Japanese move</source>
        <translation>japanilaisten liike</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_legend.py" line="76" />
        <source>air strike</source>
        <translation>ilmaisku</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_legend.py" line="77" />
        <source>move, direction not given</source>
        <translation>liike, suuntaa ei kerrota</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_legend.py" line="78" />
        <source>Soviet claim: ridge line</source>
        <translation>Neuvostoliiton vaatimus: harjanne</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_legend.py" line="79" />
        <source>Japanese claim: lake shore</source>
        <translation>Japanin vaatimus: järven ranta</translation>
    </message>
    <message>
        <location filename="../../work/main/app/views/day_legend.py" line="80" />
        <source>between the two claims</source>
        <translation>vaatimusten välinen alue</translation>
    </message>
</context>
</TS>