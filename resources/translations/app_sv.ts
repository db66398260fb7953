<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>Basis</name>
    <message>
        <location filename="../../app/views/common/wording.py" line="+107"/>
        <source>stated</source>
        <extracomment>How a daily position is known (control.basis).</extracomment>
        <translation>enligt källan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inferred</source>
        <translation>härlett</translation>
    </message>
</context>
<context>
    <name>Casualty</name>
    <message>
        <location line="+162"/>
        <source>Soviet killed</source>
        <extracomment>The events&apos; casualty columns: short for table headers, in full for the details.</extracomment>
        <translation>Sovjetiska stupade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soviet wounded</source>
        <translation>Sovjetiska sårade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japanese killed</source>
        <translation>Japanska stupade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japanese wounded</source>
        <translation>Japanska sårade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Soviet missing</source>
        <translation>Sovjetiska saknade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soviet captured</source>
        <translation>Sovjetiska tillfångatagna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japanese/Manchukuo killed</source>
        <translation>Japanska/manchuriska stupade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japanese/Manchukuo wounded</source>
        <translation>Japanska/manchuriska sårade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japanese/Manchukuo missing</source>
        <translation>Japanska/manchuriska saknade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japanese/Manchukuo captured or detained</source>
        <translation>Japanska/manchuriska tillfångatagna eller gripna</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <location line="-106"/>
        <source>divisions</source>
        <extracomment>What a figure counts, in the form that follows a number (&quot;650 wounded&quot;).</extracomment>
        <translation>divisioner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>brigades</source>
        <translation>brigader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>regiments</source>
        <translation>regementen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>battalions</source>
        <translation>bataljoner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>companies</source>
        <translation>kompanier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>armoured units</source>
        <translation>pansarförband</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>guns</source>
        <translation>kanoner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>field guns</source>
        <translation>fältkanoner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anti-tank guns</source>
        <translation>pansarvärnskanoner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>guns and mortars</source>
        <translation>kanoner och granatkastare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anti-aircraft guns</source>
        <translation>luftvärnskanoner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>small-calibre guns</source>
        <translation>finkalibriga kanoner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mortars</source>
        <translation>granatkastare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>machine guns</source>
        <translation>kulsprutor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heavy</source>
        <translation>tunga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>light</source>
        <translation>lätta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aircraft</source>
        <translation>flygplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bombers</source>
        <translation>bombflygplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vehicles</source>
        <translation>fordon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trucks</source>
        <translation>lastbilar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fuel trucks</source>
        <translation>tankbilar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tractors</source>
        <translation>traktorer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warships</source>
        <translation>krigsfartyg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cruisers</source>
        <translation>kryssare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>destroyers</source>
        <translation>jagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>boats</source>
        <translation>båtar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>border boats</source>
        <translation>gränsbevakningsbåtar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rifles</source>
        <translation>gevär</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anti-tank rifles</source>
        <translation>pansarvärnsgevär</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wounded</source>
        <translation>sårade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wounded and sick</source>
        <translation>sårade och sjuka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>casualties</source>
        <translation>förluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>killed, wounded and captured</source>
        <translation>stupade, sårade och tillfångatagna</translation>
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
        <translation>samtliga dekorerade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hero of the Soviet Union</source>
        <translation>Sovjetunionens hjälte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order of Lenin</source>
        <translation>Leninorden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order of the Red Banner</source>
        <translation>Röda fanans orden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order of the Red Star</source>
        <translation>Röda stjärnans orden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medal &apos;For Courage&apos;</source>
        <translation>Medaljen ”För tapperhet”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medal &apos;For Military Merit&apos;</source>
        <translation>Medaljen ”För militära förtjänster”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wives and sisters decorated</source>
        <translation>dekorerade hustrur och systrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>promoted</source>
        <translation>befordrade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incidents</source>
        <translation>incidenter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>border violations</source>
        <translation>gränskränkningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>major clashes</source>
        <translation>större sammandrabbningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ground violations</source>
        <translation>gränskränkningar på land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>air intrusions</source>
        <translation>luftrumskränkningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>provocations</source>
        <translation>provokationer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shelling</source>
        <translation>beskjutningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>river violations</source>
        <translation>gränskränkningar på floden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attacks</source>
        <translation>anfall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>counter-attacks</source>
        <translation>motanfall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>air strikes</source>
        <translation>flyganfall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>killed</source>
        <translation>stupade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing</source>
        <translation>saknade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>captured</source>
        <translation>tillfångatagna</translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <location line="-225"/>
        <source>Border incidents 1934–1938</source>
        <translation>Gränsincidenter 1934–1938</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lake Khasan 1938</source>
        <translation>Chasansjön 1938</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khalkhin Gol 1939</source>
        <translation>Chalchin Gol 1939</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khasan 1938 and Khalkhin Gol 1939 side by side</source>
        <translation>Chasan 1938 och Chalchin Gol 1939 sida vid sida</translation>
    </message>
</context>
<context>
    <name>DayChart</name>
    <message>
        <location filename="../../app/views/days/chart.py" line="+116"/>
        <source>Per-day figures</source>
        <translation>Siffror per dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count (log)</source>
        <translation>antal (log.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+50"/>
        <source>No per-day figures in the data</source>
        <translation>Data innehåller inga siffror per dag</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Sorties, attacks and casualties per day on a log scale; the same figures are listed beside the map.</source>
        <translation>Flyguppdrag, anfall och förluster per dag på logaritmisk skala; samma siffror listas bredvid kartan.</translation>
    </message>
</context>
<context>
    <name>DayMap</name>
    <message>
        <location filename="../../app/views/days/map.py" line="+117"/>
        <location filename="../../app/views/overview/mini_map.py" line="+68"/>
        <source>No place in the data has coordinates.</source>
        <translation>Ingen plats i data har koordinater.</translation>
    </message>
    <message>
        <location filename="../../app/views/days/map_static.py" line="+57"/>
        <source>Between the two claimed lines (schematic): Zaozernaya and Bezymyannaya lie here.</source>
        <translation>Mellan de två hävdade gränslinjerna (schematiskt): här ligger Zaozjornaja och Bezymjannaja.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Course drawn schematically.</source>
        <translation>Flodens lopp schematiskt ritat.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Outline drawn schematically.</source>
        <translation>Strandlinjen schematiskt ritad.</translation>
    </message>
    <message>
        <location line="-50"/>
        <location filename="../../app/views/overview/mini_map.py" line="+40"/>
        <source>Soviet claim (schematic)</source>
        <extracomment>Called as translate(&quot;DayMap&quot;, &quot;literal&quot;) so that lupdate extracts the string under the map&apos;s context (it does not see through a wrapper).</extracomment>
        <translation>Sovjetiskt anspråk (schematiskt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japanese claim (schematic)</source>
        <translation>Japanskt anspråk (schematiskt)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Border as the USSR claimed it: the ridge line through the crests of Zaozernaya and Bezymyannaya, per the 1886 Hunchun protocol map. Schematic.</source>
        <translation>Gränsen enligt Sovjetunionens anspråk: höjdryggen genom Zaozjornajas och Bezymjannajas toppar, enligt kartan till Hunchunprotokollet från 1886. Schematisk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Border as Japan and Manchukuo claimed it: along the west shore of Lake Khasan, putting the hills on the Manchukuo side. Schematic.</source>
        <translation>Gränsen enligt Japans och Manchukuos anspråk: längs Chasansjöns västra strand, så att höjderna hamnar på Manchukuos sida. Schematisk.</translation>
    </message>
    <message>
        <location filename="../../app/views/days/map.py" line="+18"/>
        <source>Schematic map of the Lake Khasan area</source>
        <translation>Schematisk karta över området kring Chasansjön</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who held each hill and the day&apos;s moves; + and − zoom, 0 fits.</source>
        <translation>Vem som höll varje höjd och dagens förflyttningar; + och − zoomar, 0 anpassar kartan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Marked for the tour&apos;s chapter: {places}.</source>
        <translation>Utmärkta för rundturens kapitel: {places}.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>as of {day}</source>
        <translation>per {day}</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Not on this map: {places}</source>
        <translation>Finns inte på kartan: {places}</translation>
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
        <translation>N</translation>
    </message>
</context>
<context>
    <name>DayText</name>
    <message>
        <location filename="../../app/views/days/text.py" line="+32"/>
        <source>unknown</source>
        <extracomment>Categories a daily count names instead of its unit (&quot;12 killed&quot;, not &quot;12 people&quot;).</extracomment>
        <translation>okänt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no record</source>
        <translation>inga uppgifter</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Korea</source>
        <translation>Korea</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>air: aircraft, sorties, bombs</source>
        <translation>luft: flygplan, flyguppdrag, bomber</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>attacks and counter-attacks</source>
        <translation>anfall och motanfall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>losses</source>
        <translation>förluster</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source: {citation}</source>
        <translation>Källa: {citation}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where: {locator}</source>
        <translation>Ställe: {locator}</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+47"/>
        <source>Version: {q}</source>
        <translation>Version: {q}</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>{who}: {kind} on {place}</source>
        <translation>{who}: {kind} vid {place}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From: {place}</source>
        <translation>Från: {place}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the {direction}</source>
        <translation>Från {direction}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data gives no direction for this move.</source>
        <translation>Data anger ingen riktning för den här förflyttningen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{place}: {holder} ({basis})</source>
        <translation>{place}: {holder} ({basis})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>as of {day}</source>
        <translation>per {day}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>coordinates from the seed (exact)</source>
        <translation>koordinater från grunddokumentet (exakta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>position approximate (schematic)</source>
        <translation>ungefärligt läge (schematiskt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{side}: {value} {what}</source>
        <translation>{side}: {value} {what}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Named in:</source>
        <translation>Nämns i:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{day}: 1 event</source>
        <translation>{day}: 1 händelse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{day}: {n} events</source>
        <translation>{day}: {n} händelser</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Holders: {holders}.</source>
        <translation>Innehavare: {holders}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moves: {moves}.</source>
        <translation>Förflyttningar: {moves}.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No moves this day.</source>
        <translation>Inga förflyttningar denna dag.</translation>
    </message>
</context>
<context>
    <name>DayTree</name>
    <message>
        <location filename="../../app/views/days/tree.py" line="+73"/>
        <source>What the data holds for this day</source>
        <extracomment>The current row changed (its column-0 item, or None; the previous one).</extracomment>
        <translation>Vad data säger om dagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same events, moves, holders and figures as the map and the chart, each row with its source</source>
        <translation>Samma händelser, förflyttningar, innehavare och siffror som på kartan och i diagrammet, varje rad med sin källa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On this day</source>
        <translation>Denna dag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Events</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No event is dated to this day.</source>
        <translation>Ingen händelse är daterad till denna dag.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Moves</source>
        <translation>Förflyttningar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who held the hills</source>
        <translation>Vem som höll höjderna</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Units engaged</source>
        <translation>Insatta förband</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Casualties, sorties and other figures</source>
        <translation>Förluster, flyguppdrag och andra siffror</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Continuing over this day (date ranges)</source>
        <translation>Pågår över denna dag (datumintervall)</translation>
    </message>
</context>
<context>
    <name>DaysView</name>
    <message>
        <location filename="../../app/views/days/page.py" line="+160"/>
        <source>◀ Previous day</source>
        <translation>◀ Föregående dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous day</source>
        <translation>Föregående dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next day ▶</source>
        <translation>Nästa dag ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next day</source>
        <translation>Nästa dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Playback speed</source>
        <translation>Uppspelningshastighet</translation>
    </message>
    <message>
        <location line="+209"/>
        <source>{n} days/s</source>
        <translation>{n} dagar/s</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;Speed:</source>
        <translation>&amp;Hastighet:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details and source</source>
        <translation>Detaljer och källa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a row, a hill or an arrow to read its note and source.</source>
        <translation>Klicka på en rad, en höjd eller en pil för att läsa dess anmärkning och källa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day shown</source>
        <translation>Visad dag</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>{day} is outside these days ({first} – {last})</source>
        <translation>{day} ligger utanför dessa dagar ({first} – {last})</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Off the map this day: {moves}</source>
        <translation>Utanför kartan denna dag: {moves}</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>{n} day/s</source>
        <translation>{n} dag/s</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>❚❚ Pause</source>
        <translation>❚❚ Paus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>▶ Play</source>
        <translation>▶ Spela upp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause</source>
        <translation>Paus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play</source>
        <translation>Spela upp</translation>
    </message>
</context>
<context>
    <name>Direction</name>
    <message>
        <location filename="../../app/views/common/wording.py" line="+242"/>
        <source>north</source>
        <translation>norr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>north-east</source>
        <translation>nordost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>east</source>
        <translation>öster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>south-east</source>
        <translation>sydost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>south</source>
        <translation>söder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>south-west</source>
        <translation>sydväst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>west</source>
        <translation>väster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>north-west</source>
        <translation>nordväst</translation>
    </message>
</context>
<context>
    <name>Echelon</name>
    <message>
        <location line="-179"/>
        <source>government</source>
        <translation>regering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>command</source>
        <translation>ledning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>front</source>
        <translation>front</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>army</source>
        <translation>armé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>corps</source>
        <translation>kår</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>division</source>
        <translation>division</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>brigade</source>
        <translation>brigad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>regiment</source>
        <translation>regemente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>battalion</source>
        <translation>bataljon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>company</source>
        <translation>kompani</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>platoon</source>
        <translation>pluton</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>section</source>
        <translation>grupp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>detachment</source>
        <translation>avdelning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>group</source>
        <translation>stridsgrupp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>air force</source>
        <translation>flygstridskrafter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fleet</source>
        <translation>flotta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vessel</source>
        <translation>fartyg</translation>
    </message>
</context>
<context>
    <name>Estimate</name>
    <message>
        <location line="+19"/>
        <source>as stated</source>
        <extracomment>How sure a figure is (the &quot;qualifier&quot; of its number: &quot;≈&quot;, &quot;≥&quot;…).</extracomment>
        <translation>enligt källan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about</source>
        <translation>cirka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least</source>
        <translation>minst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more than</source>
        <translation>över</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most</source>
        <translation>högst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>range</source>
        <translation>intervall</translation>
    </message>
</context>
<context>
    <name>EventDetails</name>
    <message>
        <location filename="../../app/views/incidents/details.py" line="+73"/>
        <source>Event details</source>
        <translation>Uppgifter om händelsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy citation</source>
        <translation>Kopiera källhänvisning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the full citation of the event&apos;s source</source>
        <translation>Kopiera den fullständiga källhänvisningen till händelsens källa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this day</source>
        <translation>Visa denna dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the daily operations viewer on this event&apos;s day</source>
        <translation>Öppna dagsvyn på händelsens dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other account</source>
        <translation>Annan berättelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show how another part of the source dates or tells this happening</source>
        <translation>Visa hur en annan del av källan daterar eller berättar om denna händelse</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Select an event to read it here.</source>
        <translation>Välj en händelse för att läsa den här.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> (approximate)</source>
        <translation> (ungefärligt läge)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place: {p}</source>
        <translation>Plats: {p}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sector: {s}</source>
        <translation>Sektor: {s}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict: {c} · kind: {k}</source>
        <translation>Konflikt: {c} · typ: {k}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Units: {u}</source>
        <translation>Förband: {u}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People: {p}</source>
        <translation>Personer: {p}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Count: {n}</source>
        <translation>Antal: {n}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Version: {q}</source>
        <translation>Version: {q}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source: {c}</source>
        <translation>Källa: {c}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Other accounts of this happening:</source>
        <translation>Andra berättelser om denna händelse:</translation>
    </message>
</context>
<context>
    <name>EventHistogram</name>
    <message>
        <location filename="../../app/views/incidents/histogram.py" line="+76"/>
        <source>Events per year; drag to choose a date range</source>
        <translation>Händelser per år; dra för att välja ett datumintervall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events per year: {counts}</source>
        <translation>Händelser per år: {counts}</translation>
    </message>
</context>
<context>
    <name>FacetList</name>
    <message>
        <location filename="../../app/views/incidents/facets.py" line="+21"/>
        <location line="+11"/>
        <source>Check values to show only their events; Space checks</source>
        <translation>Markera värden för att visa endast deras händelser; blanksteg markerar</translation>
    </message>
</context>
<context>
    <name>Family</name>
    <message>
        <location filename="../../app/views/common/wording.py" line="+18"/>
        <source>Personnel</source>
        <extracomment>The force charts&apos; panels: what a group of figures counts.</extracomment>
        <translation>Personal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formations</source>
        <translation>Förband</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guns</source>
        <translation>Kanoner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanks</source>
        <translation>Stridsvagnar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Machine guns</source>
        <translation>Kulsprutor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aircraft</source>
        <translation>Flygplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Armoured trains</source>
        <translation>Pansartåg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vehicles</source>
        <translation>Fordon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ships and boats</source>
        <translation>Fartyg och båtar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rifles</source>
        <translation>Gevär</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Killed</source>
        <translation>Stupade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Died of wounds</source>
        <translation>Avlidna av sina sår</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Died in hospital</source>
        <translation>Avlidna på sjukhus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-combat deaths</source>
        <translation>Dödsfall utanför strid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>Saknade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Killed and missing</source>
        <translation>Stupade och saknade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wounded</source>
        <translation>Sårade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sick</source>
        <translation>Sjuka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Casualties</source>
        <translation>Förluster totalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of losses caused by artillery</source>
        <translation>Andel av förlusterna orsakad av artilleri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sorties, all aircraft</source>
        <translation>Flyguppdrag, alla flygplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sorties by aircraft type</source>
        <translation>Flyguppdrag per flygplanstyp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bombs dropped</source>
        <translation>Fällda bomber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1,000-kg bombs</source>
        <translation>Bomber på 1&#xa0;000 kg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aircraft lost</source>
        <translation>Förlorade flygplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aircraft damaged</source>
        <translation>Skadade flygplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awards and promotions</source>
        <translation>Utmärkelser och befordringar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents</source>
        <translation>Incidenter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Air strikes</source>
        <translation>Flyganfall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Övrigt</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location line="+114"/>
        <source>Date</source>
        <extracomment>Names of the data&apos;s columns: table headers, the index&apos;s &quot;about&quot; pane, the report.</extracomment>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side</source>
        <translation>Sida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <translation>Mått</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Lägsta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Högsta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimate</source>
        <translation>Typ av uppskattning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scope</source>
        <translation>Omfattning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualifier</source>
        <translation>Precisering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citation</source>
        <translation>Källhänvisning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>Ryska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japanese</source>
        <translation>Japanska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese</source>
        <translation>Kinesiska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other spellings</source>
        <translation>Andra stavningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank</source>
        <translation>Grad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fate</source>
        <translation>Öde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Echelon</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Anmärkning</translation>
    </message>
</context>
<context>
    <name>FilterChips</name>
    <message>
        <location filename="../../app/views/incidents/chips.py" line="+32"/>
        <source>Filters:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset filters</source>
        <translation>Återställ filter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset all filters</source>
        <translation>Återställ alla filter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active filters</source>
        <translation>Aktiva filter</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove this filter</source>
        <translation>Ta bort detta filter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove filter {text}</source>
        <translation>Ta bort filtret {text}</translation>
    </message>
</context>
<context>
    <name>ForcesChart</name>
    <message>
        <location filename="../../app/views/forces/chart.py" line="+74"/>
        <source>Force comparison chart</source>
        <extracomment>(kind, key) → tooltip text; set by the page (&apos;figure&apos; or &apos;group&apos;, id).</extracomment>
        <translation>Diagram över styrkejämförelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bars of every figure; Up and Down step through them</source>
        <translation>Staplar för varje siffra; uppåt- och nedåtpil stegar genom dem</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>Force comparison</source>
        <translation>Styrkejämförelse</translation>
    </message>
</context>
<context>
    <name>ForcesView</name>
    <message>
        <location filename="../../app/views/forces/controls.py" line="+118"/>
        <source>&amp;Conflict:</source>
        <extracomment>Called as translate(&quot;ForcesView&quot;, &quot;literal&quot;) so that lupdate extracts the string (it does not see through a wrapper such as _tr(text)).</extracomment>
        <translation>&amp;Konflikt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;cope:</source>
        <translation>&amp;Omfattning:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which figures to show: those of the forces in the fighting, of the whole corps or grouping, or of single actions (one day, one group)</source>
        <translation>Vilka siffror som visas: för styrkorna i striderna, för hela kåren eller grupperingen eller för enskilda insatser (en dag, en grupp)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show as table</source>
        <translation>Visa som tabell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The numbers behind the chart, as a sortable table</source>
        <translation>Siffrorna bakom diagrammet som en sorterbar tabell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PNG…</source>
        <translation>Exportera PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export SVG…</source>
        <translation>Exportera SVG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>All figures (table)</source>
        <translation>Alla siffror (tabell)</translation>
    </message>
    <message>
        <location filename="../../app/views/forces/page.py" line="+111"/>
        <source>Numbers behind the chart</source>
        <extracomment>As before: its figures are drawn as soon as it exists (tests and benchmarks/charts.py read them unseen).</extracomment>
        <translation>Siffrorna bakom diagrammet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures</source>
        <translation>Siffror</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figure details</source>
        <translation>Detaljer om siffran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point at a bar for its source; click it to keep the details here. Click &apos;≠ sources differ&apos; to list every source&apos;s figure. With the keyboard: focus the chart, then Up and Down.</source>
        <translation>Peka på en stapel för att se dess källa; klicka för att behålla detaljerna här. Klicka på ”≠ källorna skiljer sig åt” för att lista varje källas siffra. Med tangentbordet: ge diagrammet fokus och använd uppåt- och nedåtpil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show related event</source>
        <translation>Visa relaterad händelse</translation>
    </message>
    <message>
        <location filename="../../app/views/forces/controls.py" line="-15"/>
        <source>Figures shown</source>
        <translation>Visade siffror</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{chart} ({n})</source>
        <translation>{chart} ({n})</translation>
    </message>
    <message>
        <location filename="../../app/views/forces/page.py" line="+127"/>
        <source>{n} figures</source>
        <translation>{n} siffror</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{conflict} — {chart} · {scope}</source>
        <translation>{conflict} — {chart} · {scope}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No figures of this kind for this conflict and scope.</source>
        <translation>Inga siffror av detta slag för denna konflikt och omfattning.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} figures · sources differ on {d} quantities</source>
        <translation>{n} siffror · källorna skiljer sig åt för {d} storheter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{h} outside this scope</source>
        <translation>{h} utanför denna omfattning</translation>
    </message>
    <message>
        <location filename="../../app/views/forces/tables.py" line="+67"/>
        <location line="+21"/>
        <source>As stated</source>
        <extracomment>Called as translate(&quot;ForcesView&quot;, &quot;literal&quot;) so that lupdate extracts the string (it does not see through a wrapper such as _tr(text)).</extracomment>
        <translation>Enligt källan</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Comparison group</source>
        <translation>Jämförelsegrupp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where in the source</source>
        <translation>Ställe i källan</translation>
    </message>
    <message>
        <location filename="../../app/views/forces/page.py" line="-88"/>
        <source>The figures you chose (outlined in the chart):</source>
        <translation>Siffrorna du valde (inringade i diagrammet):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tour, chapter {n}: {title} — the figures it highlights (outlined in the chart):</source>
        <translation>Rundtur, kapitel {n}: {title} — siffrorna som kapitlet framhäver (inringade i diagrammet):</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Events in this period:</source>
        <translation>Händelser under perioden:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>All figures</source>
        <translation>Alla siffror</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict: {c}</source>
        <translation>Konflikt: {c}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart: {c}</source>
        <translation>Diagram: {c}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scope: {s}</source>
        <translation>Omfattning: {s}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Force comparison — {chart}</source>
        <translation>Styrkejämförelse — {chart}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-bild (*.png)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-ritning (*.svg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export chart</source>
        <translation>Exportera diagram</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export failed</source>
        <translation>Exporten misslyckades</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not write {path}:
{err}</source>
        <translation>Det gick inte att skriva {path}:
{err}</translation>
    </message>
    <message>
        <location filename="../../app/views/forces/text.py" line="+22"/>
        <source>Strength</source>
        <translation>Styrka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Losses</source>
        <translation>Förluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Air war</source>
        <translation>Luftkrig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Captured</source>
        <translation>Krigsbyte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awards</source>
        <translation>Utmärkelser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents</source>
        <translation>Incidenter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other figures</source>
        <translation>Övriga siffror</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All scopes</source>
        <translation>Alla omfattningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the fighting</source>
        <translation>I striderna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole corps or grouping</source>
        <translation>Hela kåren eller grupperingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Single actions (one day, one group)</source>
        <translation>Enskilda insatser (en dag, en grupp)</translation>
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
        <translation>≠ källorna skiljer sig åt ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>= sources agree ({n})</source>
        <translation>= källorna stämmer överens ({n})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>≈ about · ≥ at least · &gt; more than · ≤ at most · a–b range (whisker) · hatched: part of a total · each panel has its own scale</source>
        <translation>≈ cirka · ≥ minst · &gt; över · ≤ högst · a–b intervall (streck) · skrafferad: del av en summa · varje panel har sin egen skala</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note: {value} — {scope}</source>
        <translation>Anm.: {value} — {scope}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{value} {unit} — {side}, {conflict}</source>
        <translation>{value} {unit} — {side}, {conflict}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What: {measure}, {category} ({estimate})</source>
        <translation>Vad: {measure}, {category} ({estimate})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scope: {scope}</source>
        <translation>Omfattning: {scope}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Low: {low} · high: {high}</source>
        <translation>Lägsta: {low} · högsta: {high}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whose figure: {q}</source>
        <translation>Vems siffra: {q}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period: {period}</source>
        <translation>Period: {period}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: {note}</source>
        <translation>Anm.: {note}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>Source: {citation}</source>
        <translation>Källa: {citation}</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Where: {loc}</source>
        <translation>Ställe: {loc}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sources differ: {n} figures for this quantity (click to list them)</source>
        <translation>Källorna skiljer sig åt: {n} siffror för denna storhet (klicka för att lista dem)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} sources give this quantity and agree</source>
        <translation>{n} källor anger denna storhet och stämmer överens</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sources differ — {n} figures for the same quantity:</source>
        <translation>Källorna skiljer sig åt — {n} siffror för samma storhet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources agree — {n} figures for the same quantity:</source>
        <translation>Källorna stämmer överens — {n} siffror för samma storhet:</translation>
    </message>
</context>
<context>
    <name>IncidentView</name>
    <message>
        <location filename="../../app/views/incidents/page.py" line="+55"/>
        <source>Side (initiator)</source>
        <translation>Sida (initiativtagare)</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Search titles, texts and place names (English, Finnish, Russian…)</source>
        <extracomment>Built with the data even while hidden: the session, the kiosk, exports and the report read the table&apos;s rows without showing the page.</extracomment>
        <translation>Sök i rubriker, texter och ortnamn (engelska, finska, ryska…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search events</source>
        <translation>Sök händelser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With casualties only</source>
        <translation>Endast med förluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+248"/>
        <source>Export shown events</source>
        <translation>Exportera visade händelser</translation>
    </message>
    <message>
        <location line="-247"/>
        <source>Shown rows as CSV…</source>
        <translation>Visade rader som CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown rows as Excel (XLSX)…</source>
        <translation>Visade rader som Excel (XLSX)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of events shown</source>
        <translation>Antal visade händelser</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Year range</source>
        <translation>Årsintervall</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Drag the handles, or type the first and last year in the boxes</source>
        <translation>Dra i handtagen eller skriv första och sista året i rutorna</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>First year</source>
        <translation>Första år</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>Last year</source>
        <translation>Sista år</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by value</source>
        <translation>Filtrera efter värde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click to sort; Shift+click adds a secondary sort key; Ctrl+Shift+S sorts by the current column</source>
        <translation>Klicka för att sortera; Skift+klick lägger till en sekundär sorteringsnyckel; Ctrl+Skift+S sorterar efter aktuell kolumn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per event; the details of the current row are below</source>
        <translation>En rad per händelse; detaljerna för den aktuella raden visas nedanför</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Search: {t}</source>
        <translation>Sökning: {t}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Years: {a}–{b}</source>
        <translation>År: {a}–{b}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With casualties</source>
        <translation>Med förluster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mentions: {name}</source>
        <translation>Nämner: {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{shown} of {total} events · Soviet: {uk} killed, {uw} wounded · Japanese/Manchukuo: {jk} killed, {jw} wounded</source>
        <translation>{shown} av {total} händelser · Sovjetunionen: {uk} stupade, {uw} sårade · Japan/Manchukuo: {jk} stupade, {jw} sårade</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Incident table</source>
        <translation>Händelsetabell</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export failed</source>
        <translation>Exporten misslyckades</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not write {path}:
{err}</source>
        <translation>Det gick inte att skriva {path}:
{err}</translation>
    </message>
</context>
<context>
    <name>IndexView</name>
    <message>
        <location filename="../../app/views/research/index_page.py" line="+30"/>
        <source>People, units and places</source>
        <extracomment>The index&apos;s sections: everything, or one table (named by the wording module).</extracomment>
        <translation>Personer, förband och platser</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Find a person, unit or place…</source>
        <translation>Hitta en person, ett förband eller en plats…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find in index</source>
        <translation>Sök i registret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Index section</source>
        <translation>Registerdel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;how:</source>
        <translation>&amp;Visa:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Index entries</source>
        <translation>Registerposter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About the entry</source>
        <translation>Om posten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events mentioning the entry</source>
        <translation>Händelser som nämner posten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days of July–August 1938 with the entry</source>
        <translation>Dagar i juli–augusti 1938 där posten förekommer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show its events in the incident table</source>
        <translation>Visa dess händelser i händelsetabellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Events (activate to open in the incident table):</source>
        <translation>&amp;Händelser (aktivera för att öppna i händelsetabellen):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Days (activate to open in the daily viewer):</source>
        <translation>&amp;Dagar (aktivera för att öppna i dagsvyn):</translation>
    </message>
    <message>
        <location line="+51"/>
        <source> (approximate)</source>
        <translation> (ungefärligt läge)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source: {c}</source>
        <translation>Källa: {c}</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <location filename="../../app/views/common/wording.py" line="-282"/>
        <source>incident</source>
        <extracomment>Event kinds and the kinds of the daily moves (one vocabulary: they share codes).</extracomment>
        <translation>incident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>provocations</source>
        <translation>provokationer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>airspace violation</source>
        <translation>luftrumskränkning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shelling</source>
        <translation>beskjutning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>river violation</source>
        <translation>gränskränkning på floden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reconnaissance</source>
        <translation>spaning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clash</source>
        <translation>sammandrabbning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attack</source>
        <translation>anfall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>counter-attack</source>
        <translation>motanfall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>battle</source>
        <translation>strid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>artillery</source>
        <translation>artilleri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>air strike</source>
        <translation>flyganfall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deployment</source>
        <translation>truppförflyttning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>order</source>
        <translation>order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decision</source>
        <translation>beslut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>diplomatic</source>
        <translation>diplomati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>protest</source>
        <translation>protest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>negotiation</source>
        <translation>förhandlingar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ceasefire</source>
        <translation>vapenvila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>defection</source>
        <translation>avhopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>political</source>
        <translation>politik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>propaganda</source>
        <translation>propaganda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evacuation</source>
        <translation>evakuering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inspection</source>
        <translation>inspektion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>award</source>
        <translation>utmärkelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>promotion</source>
        <translation>befordran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>arrest</source>
        <translation>gripande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tribunal</source>
        <translation>rättegång</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exhibition</source>
        <translation>utställning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>commemoration</source>
        <translation>minnesceremoni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reform</source>
        <translation>reform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>infrastructure</source>
        <translation>infrastruktur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>culture</source>
        <translation>kultur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>annat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>withdrawal</source>
        <translation>återtåg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>arrival</source>
        <translation>ankomst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reinforcement</source>
        <translation>förstärkning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>breakout</source>
        <translation>genombrott</translation>
    </message>
</context>
<context>
    <name>KioskOverlays</name>
    <message>
        <location filename="../../app/kiosk/overlays.py" line="+17"/>
        <source>Are you still there?</source>
        <translation>Är du kvar?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Touch the screen to keep exploring.</source>
        <translation>Rör vid skärmen för att fortsätta utforska.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting over in {n} s</source>
        <translation>Börjar om från början om {n} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>Fortsätt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Touch to explore</source>
        <translation>Rör vid skärmen och utforska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lake Khasan, July–August 1938: the battle day by day</source>
        <translation>Chasansjön, juli–augusti 1938: striderna dag för dag</translation>
    </message>
</context>
<context>
    <name>LoadBanner</name>
    <message>
        <location filename="../../app/window/load_errors.py" line="+33"/>
        <source>Could not load {where}; still showing the previous data.</source>
        <translation>Det gick inte att läsa in {where}; tidigare data visas fortfarande.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not load {where}; showing the bundled data instead.</source>
        <translation>Det gick inte att läsa in {where}; medföljande data visas i stället.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not load {where}; there is no data to show.</source>
        <translation>Det gick inte att läsa in {where}; det finns inga data att visa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors while showing {where}; some pages may be incomplete.</source>
        <translation>Fel när {where} visades; vissa sidor kan vara ofullständiga.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes on {where}:</source>
        <translation>Anmärkningar om {where}:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the bundled data</source>
        <translation>medföljande data</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>… and {n} more (see Details)</source>
        <translation>… och {n} till (se Detaljer)</translation>
    </message>
    <message>
        <location line="+99"/>
        <location line="+12"/>
        <source>Copy errors</source>
        <translation>Kopiera fel</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Copy notes</source>
        <translation>Kopiera anmärkningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data load errors</source>
        <translation>Fel vid inläsning av data</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Data notes</source>
        <translation>Anmärkningar om data</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every problem with its file, row and column</source>
        <translation>Visa varje problem med fil, rad och kolumn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the full list to the clipboard</source>
        <translation>Kopiera hela listan till urklipp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this message</source>
        <translation>Stäng detta meddelande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data load messages</source>
        <translation>Meddelanden vid inläsning av data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details of the data load messages</source>
        <translation>Detaljer om meddelandena vid inläsning av data</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/window/main_window.py" line="+22"/>
        <source>Khasan 1938 Explorer</source>
        <translation>Khasan 1938-utforskaren</translation>
    </message>
    <message>
        <location filename="../../app/window/pages.py" line="+13"/>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tour</source>
        <translation>Rundtur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forces</source>
        <translation>Styrkor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Dagar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>Källor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Index</source>
        <translation>Register</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Pages</source>
        <translation>Sidor</translation>
    </message>
    <message>
        <location filename="../../app/window/main_window.py" line="+47"/>
        <location filename="../../app/window/pages.py" line="-112"/>
        <source>Loading data…</source>
        <extracomment>Desktop sessions restore layout, page and filters; the kiosk turns this off.</extracomment>
        <translation>Läser in data…</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Showing {label} ({path})</source>
        <translation>Visar {label} ({path})</translation>
    </message>
    <message>
        <location filename="../../app/window/pages.py" line="+1"/>
        <source>No data loaded.</source>
        <translation>Inga data inlästa.</translation>
    </message>
    <message>
        <location filename="../../app/window/data_loading.py" line="+96"/>
        <location line="+40"/>
        <location line="+24"/>
        <location filename="../../app/window/main_window.py" line="+75"/>
        <source>bundled data</source>
        <translation>medföljande data</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Loading {name}…</source>
        <translation>Läser in {name}…</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Loading cancelled; nothing changed.</source>
        <translation>Inläsningen avbröts; inget ändrades.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Errors while showing {where}; see the message above.</source>
        <translation>Fel när {where} visades; se meddelandet ovan.</translation>
    </message>
    <message>
        <location filename="../../app/window/main_window.py" line="+92"/>
        <source>No data could be loaded; the message above lists the errors.</source>
        <translation>Inga data kunde läsas in; felen listas i meddelandet ovan.</translation>
    </message>
    <message>
        <location filename="../../app/window/data_loading.py" line="+37"/>
        <source>Could not load {where}:
{details}</source>
        <translation>Det gick inte att läsa in {where}:
{details}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open a data package folder</source>
        <translation>Öppna en mapp med ett datapaket</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open an events CSV</source>
        <translation>Öppna en CSV-fil med händelser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-filer (*.csv);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../app/views/print/actions.py" line="+21"/>
        <source>This data has no guided tour (its package has no story table).</source>
        <translation>Dessa data har ingen guidad rundtur (paketet saknar tabellen story).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No data is loaded yet.</source>
        <translation>Inga data har lästs in ännu.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Writing {path}…</source>
        <translation>Skriver {path}…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PDF not saved</source>
        <translation>PDF-filen sparades inte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>this folder cannot be written to (it is read-only or protected); choose another folder</source>
        <translation>det går inte att skriva i den här mappen (den är skrivskyddad eller skyddad); välj en annan mapp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the folder does not exist</source>
        <translation>mappen finns inte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save report</source>
        <translation>Spara rapport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report saved: {path} ({pages} pages)</source>
        <translation>Rapporten sparad: {path} ({pages} sidor)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report not saved to {path}: {error}</source>
        <translation>Rapporten sparades inte i {path}: {error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save tour as PDF</source>
        <translation>Spara rundtur som PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tour handout saved: {path} ({pages} pages)</source>
        <translation>Rundturens utdelningsmaterial sparat: {path} ({pages} sidor)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tour handout not saved to {path}: {error}</source>
        <translation>Rundturens utdelningsmaterial sparades inte i {path}: {error}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Report not printed: {error}</source>
        <translation>Rapporten skrevs inte ut: {error}</translation>
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
        <translation>Kopierat: {cmd}</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>About</source>
        <translation>Om programmet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title} {version}
Events, figures and sources on the Lake Khasan battle (1938), the border incidents of 1934–1938 and Khalkhin Gol (1939).</source>
        <translation>{title} {version}
Händelser, siffror och källor om slaget vid Chasansjön (1938), gränsincidenterna 1934–1938 och striderna vid Chalchin Gol (1939).</translation>
    </message>
    <message>
        <location filename="../../app/window/menus.py" line="+20"/>
        <source>&amp;Overview</source>
        <translation>Ö&amp;versikt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tour</source>
        <translation>R&amp;undtur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Incidents</source>
        <translation>&amp;Händelser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forces</source>
        <translation>&amp;Styrkor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Days</source>
        <translation>&amp;Dagar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sources</source>
        <translation>&amp;Källor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inde&amp;x</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open data folder…</source>
        <translation>Ö&amp;ppna datamapp…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;events CSV…</source>
        <translation>Öppna &amp;händelse-CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use &amp;bundled data</source>
        <translation>Använd &amp;medföljande data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;report as PDF…</source>
        <translation>Spara &amp;rapport som PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;tour as PDF…</source>
        <translation>Spara r&amp;undtur som PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print report…</source>
        <translation>&amp;Skriv ut rapport…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy &amp;link as command line</source>
        <translation>Kopiera &amp;länk som kommandorad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Förstora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom o&amp;ut</source>
        <translation>För&amp;minska</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Normal size</source>
        <translation>&amp;Normal storlek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;High contrast</source>
        <translation>Hög kon&amp;trast</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Kortkommandon…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About</source>
        <translation>&amp;Om programmet</translation>
    </message>
</context>
<context>
    <name>MapKeyButton</name>
    <message>
        <location filename="../../app/views/days/legend_panel.py" line="+47"/>
        <source>Show the map key</source>
        <extracomment>The narrowest map worth keeping the key beside, in text lines (≈ 650 px in the kiosk&apos;s type).</extracomment>
        <translation>Visa kartans teckenförklaring</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide the map key</source>
        <translation>Dölj kartans teckenförklaring</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <location filename="../../app/views/days/legend.py" line="+62"/>
        <source>Schematic map</source>
        <translation>Schematisk karta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shapes and ≈ positions not surveyed</source>
        <translation>former och ≈-lägen är inte uppmätta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map legend</source>
        <translation>Teckenförklaring</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>hill, coordinates from the seed</source>
        <translation>höjd, koordinater från grunddokumentet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>≈ position approximate</source>
        <translation>≈ ungefärligt läge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>held by the USSR</source>
        <translation>hålls av Sovjetunionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>held by Japan</source>
        <translation>hålls av Japan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no record for the day</source>
        <translation>inga uppgifter för dagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soviet move</source>
        <translation>sovjetisk förflyttning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japanese move</source>
        <translation>japansk förflyttning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>move, direction not given</source>
        <translation>förflyttning, riktning ej angiven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soviet claim: ridge line</source>
        <translation>sovjetiskt anspråk: höjdryggen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japanese claim: lake shore</source>
        <translation>japanskt anspråk: sjöstranden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>between the two claims</source>
        <translation>mellan de två anspråken</translation>
    </message>
</context>
<context>
    <name>Measure</name>
    <message>
        <location filename="../../app/views/common/wording.py" line="+60"/>
        <source>strength</source>
        <translation>styrka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loss</source>
        <translation>förluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>captured</source>
        <translation>tillfångatagna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sorties</source>
        <translation>flyguppdrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bombs</source>
        <translation>bomber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>awards</source>
        <translation>utmärkelser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>promotions</source>
        <translation>befordringar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share</source>
        <translation>andel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incidents</source>
        <translation>incidenter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deployed</source>
        <translation>insatta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>damaged</source>
        <translation>skadade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>övrigt</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../app/kiosk/keyboard.py" line="+174"/>
        <source>On-screen keyboard</source>
        <extracomment>Letter rows of each language&apos;s page (the kiosk&apos;s languages; any other gets English). The Russian page: the йцукен layout (ё at the end of the bottom row).</extracomment>
        <translation>Skärmtangentbord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>space</source>
        <translation>blanksteg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space</source>
        <translation>Blanksteg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done: hide the keyboard</source>
        <translation>Klar: dölj tangentbordet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Radera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift</source>
        <translation>Skift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hyphen</source>
        <translation>Bindestreck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apostrophe</source>
        <translation>Apostrof</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latin letters</source>
        <translation>Latinska bokstäver</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Russian letters</source>
        <translation>Ryska bokstäver</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../app/views/overview/page.py" line="+178"/>
        <source>Khasan 1938 Explorer</source>
        <extracomment>Called as translate(&quot;OverviewPage&quot;, &quot;literal&quot;) so that lupdate extracts the string.</extracomment>
        <translation>Khasan 1938-utforskaren</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Incidents</source>
        <extracomment>The cards, in order: the page each one opens and its title.</extracomment>
        <translation>Händelser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forces</source>
        <translation>Styrkor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Dagar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guided tour</source>
        <translation>Guidad rundtur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every event with its source: search any spelling, filter, sort.</source>
        <translation>Varje händelse med sin källa: sök med valfri stavning, filtrera, sortera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strength, losses and the air war: every source&apos;s figure side by side.</source>
        <translation>Styrka, förluster och luftkriget: varje källas siffra sida vid sida.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day by day on the map: who held each hill, the moves, the numbers.</source>
        <translation>Dag för dag på kartan: vem som höll varje höjd, förflyttningarna, siffrorna.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The story from the border incidents to the armistice, chapter by chapter.</source>
        <translation>Förloppet från gränsincidenterna till vapenstilleståndet, kapitel för kapitel.</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Lake Khasan 1938, the border incidents before it and Khalkhin Gol after it: every event and every number with its source, and where sources differ, each of them.</source>
        <translation>Chasansjön 1938, gränsincidenterna före och Chalchin Gol efter: varje händelse och varje siffra med sin källa, och där källorna skiljer sig åt, var och en av dem.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading data…</source>
        <translation>Läser in data…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading data</source>
        <translation>Läser in data</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>{n} events, {span}</source>
        <translation>{n} händelser, {span}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} figures</source>
        <translation>{n} siffror</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} figures, {d} disputed</source>
        <translation>{n} siffror, {d} omstridda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} days, {dates}</source>
        <translation>{n} dagar, {dates}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} chapters</source>
        <translation>{n} kapitel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The loaded data has no tour.</source>
        <translation>Inlästa data har ingen rundtur.</translation>
    </message>
    <message>
        <location filename="../../app/views/overview/about.py" line="+16"/>
        <source>About the data</source>
        <extracomment>The tables and conflicts counted before the data is in; the data&apos;s own tables follow it.</extracomment>
        <translation>Om datamängden</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Dataset: {label}</source>
        <translation>Datamängd: {label}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 event</source>
        <translation>1 händelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} events</source>
        <translation>{n} händelser</translation>
    </message>
    <message>
        <location filename="../../app/views/overview/glance_panel.py" line="+157"/>
        <source>Map: {hills}, Lake Khasan and the two border claims</source>
        <extracomment>Called as translate(&quot;OverviewPage&quot;, &quot;literal&quot;) so that lupdate extracts the string.</extracomment>
        <translation>Karta: {hills}, Chasansjön och de två gränsanspråken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Up and Down step through the numbers; Enter shows every source&apos;s figure on the Forces page</source>
        <translation>Uppåt- och nedåtpil stegar genom siffrorna; Enter visar varje källas siffra på sidan Styrkor</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{hills} between the two border claims</source>
        <translation>{hills} mellan de två gränsanspråken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> and </source>
        <translation> och </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No hill in the data has surveyed coordinates.</source>
        <translation>Ingen höjd i data har uppmätta koordinater.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Var</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At {place}, {dates}</source>
        <translation>Vid {place}, {dates}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How big were the two sides, and what did it cost them?</source>
        <translation>Hur stora var de två sidorna, och vad kostade det dem?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When: {first}–{last}</source>
        <translation>När: {first}–{last}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bars: events per month in the data · click the battle to follow it day by day</source>
        <translation>Staplar: händelser per månad i data · klicka på slaget för att följa det dag för dag</translation>
    </message>
    <message>
        <location filename="../../app/views/overview/text.py" line="+18"/>
        <source>Strength</source>
        <translation>Styrka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Killed</source>
        <translation>Stupade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wounded</source>
        <translation>Sårade</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>≠ sources differ ({n})</source>
        <translation>≠ källorna skiljer sig åt ({n})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>= {n} sources agree</source>
        <translation>= {n} källor stämmer överens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one source</source>
        <translation>en källa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no figure in the data</source>
        <translation>ingen siffra i data</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each number is the range of what the sources say (solid: the lowest figure, hatched: up to the highest) · each row has its own scale · click a number for every source</source>
        <translation>Varje siffra är spannet för vad källorna anger (heldraget: den lägsta siffran, skrafferat: upp till den högsta) · varje rad har sin egen skala · klicka på en siffra för att se alla källor</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{quantity}, {side}: {value}</source>
        <translation>{quantity}, {side}: {value}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Click: every figure on the Forces page.</source>
        <translation>Klicka: alla siffror på sidan Styrkor.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>sources differ</source>
        <translation>källorna skiljer sig åt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Battle at Lake Khasan: {dates}</source>
        <translation>Slaget vid Chasansjön: {dates}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{n} events in a month</source>
        <translation>{n} händelser på en månad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Click: the battle day by day.</source>
        <translation>Klicka: slaget dag för dag.</translation>
    </message>
</context>
<context>
    <name>PeriodTimeline</name>
    <message>
        <location filename="../../app/views/tour/timeline.py" line="+49"/>
        <source>Timeline 1934–1939</source>
        <extracomment>The battle at Lake Khasan: the attack on Bezymyannaya early on 29 July 1938 (seed l.44, l.211) to the end of hostilities on 11 August 1938 (seed l.240).</extracomment>
        <translation>Tidslinje 1934–1939</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Battle at Lake Khasan, 29 Jul – 11 Aug 1938</source>
        <translation>Slaget vid Chasansjön, 29 juli – 11 aug. 1938</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This chapter: {period}</source>
        <translation>Detta kapitel: {period}</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../app/kiosk/staff_exit.py" line="+75"/>
        <source>Staff exit</source>
        <translation>Utgång för personal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Radera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter</source>
        <translation>Bekräfta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No staff PIN is set. Set one with: python -m app.kiosk --set-pin</source>
        <translation>Ingen PIN-kod för personalen är inställd. Ställ in en med: python -m app.kiosk --set-pin</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+66"/>
        <source>Enter the staff PIN.</source>
        <translation>Ange personalens PIN-kod.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Wrong PIN.</source>
        <translation>Fel PIN-kod.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Too many wrong PINs. Try again in {n} s.</source>
        <translation>För många felaktiga PIN-koder. Försök igen om {n} s.</translation>
    </message>
</context>
<context>
    <name>PlaceKind</name>
    <message>
        <location filename="../../app/views/common/wording.py" line="-68"/>
        <source>hill</source>
        <translation>höjd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lake</source>
        <translation>sjö</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>river</source>
        <translation>flod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>settlement</source>
        <translation>ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>city</source>
        <translation>stad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outpost</source>
        <translation>utpost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>border section</source>
        <translation>gränsavsnitt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>region</source>
        <translation>område</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country</source>
        <translation>land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>railway</source>
        <translation>järnväg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>airfield</source>
        <translation>flygfält</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memorial</source>
        <translation>minnesmärke</translation>
    </message>
</context>
<context>
    <name>Print</name>
    <message>
        <location filename="../../app/views/print/events_print.py" line="+23"/>
        <source>Soviet: {list}</source>
        <extracomment>The event columns of casualties: side → its four columns, as (category, column).</extracomment>
        <translation>Sovjetunionen: {list}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japanese/Manchukuo: {list}</source>
        <translation>Japan/Manchukuo: {list}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Event</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Casualties</source>
        <translation>Förluster</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No events.</source>
        <translation>Inga händelser.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>… and {n} more events (export the table for all of them).</source>
        <translation>… och {n} händelser till (exportera tabellen för att få med alla).</translation>
    </message>
    <message>
        <location filename="../../app/views/print/handout.py" line="+91"/>
        <source>Chapter {n}</source>
        <translation>Kapitel {n}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Source: {citation}</source>
        <translation>Källa: {citation}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Schematic map (not to survey accuracy); dotted rings: this chapter&apos;s places; badges: who held each hill on the day.</source>
        <translation>Schematisk karta (inte uppmätt); prickade ringar: kapitlets platser; märken: vem som höll varje höjd den dagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Off the map: {moves}</source>
        <translation>Utanför kartan: {moves}</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+18"/>
        <source>Lake Khasan 1938: a guided tour</source>
        <translation>Chasansjön 1938: en guidad rundtur</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Classroom handout · {n} chapters · {span}</source>
        <translation>Utdelningsmaterial för klassrummet · {n} kapitel · {span}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every sentence and number comes from the sources named under each chapter and listed in full at the end. Where sources give different numbers, the charts show each of them and mark it &apos;≠ sources differ&apos;.</source>
        <translation>Varje mening och siffra kommer från de källor som anges under varje kapitel och förtecknas i sin helhet i slutet. Där källorna anger olika siffror visar diagrammen var och en av dem och markerar dem med ”≠ källorna skiljer sig åt”.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This data has no guided tour (no story table).</source>
        <translation>Dessa data har ingen guidad rundtur (ingen story-tabell).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sources</source>
        <translation>Källor</translation>
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
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../app/views/print/sheet.py" line="+90"/>
        <source>The file could not be opened for writing.</source>
        <extracomment>style → (size in points, bold, italic, colour)</extracomment>
        <translation>Filen kunde inte öppnas för skrivning.</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>The file could not be written.</source>
        <translation>Filen kunde inte skrivas.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Page {n}</source>
        <translation>Sida {n}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../app/views/research/report.py" line="+71"/>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guided tour</source>
        <translation>Guidad rundtur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident table</source>
        <translation>Händelsetabell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Force comparison</source>
        <translation>Styrkejämförelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily operations</source>
        <translation>Dagliga operationer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>Källor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Index</source>
        <translation>Register</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Daily operations — {d}</source>
        <translation>Dagliga operationer — {d}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Khasan 1938 Explorer · report</source>
        <translation>Khasan 1938-utforskaren · rapport</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data: {label} · {stamp}</source>
        <translation>Datamängd: {label} · {stamp}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filters: {f}</source>
        <translation>Filter: {f}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{n} selected events of {m} shown</source>
        <translation>{n} markerade händelser av {m} visade</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} events shown</source>
        <translation>{n} händelser visas</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The figures behind it</source>
        <translation>Siffrorna bakom diagrammet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As stated</source>
        <translation>Enligt källan</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Off the map this day: {moves}</source>
        <translation>Utanför kartan denna dag: {moves}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No day is chosen: the map shows no day&apos;s positions.</source>
        <translation>Ingen dag är vald: kartan visar inga ställningar för någon dag.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Events of {d}</source>
        <translation>Händelser den {d}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rows</source>
        <translation>Rader</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Khasan 1938 Explorer</source>
        <translation>Khasan 1938-utforskaren</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../app/window/shortcuts_dialog.py" line="+24"/>
        <location line="+8"/>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Tab and Shift+Tab move between controls; Alt with an underlined letter opens a menu. Every chart has a table beside it or behind a button.</source>
        <translation>Tabb och Skift+Tabb flyttar mellan kontrollerna; Alt och en understruken bokstav öppnar en meny. Varje diagram har en tabell bredvid sig eller bakom en knapp.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Incident table</source>
        <translation>Händelsetabell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move between rows and cells</source>
        <translation>Flytta mellan rader och celler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arrow keys, Page Up, Page Down</source>
        <translation>Piltangenter, Page Up, Page Down</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort by the current column (again: reverse)</source>
        <translation>Sortera efter aktuell kolumn (igen: omvänt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected rows</source>
        <translation>Kopiera markerade rader</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Year range</source>
        <translation>Årsintervall</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tab to the year boxes, then type or use the arrow keys</source>
        <translation>Tabba till årsrutorna och skriv eller använd piltangenterna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Force comparison</source>
        <translation>Styrkejämförelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step through the bars and &apos;sources differ&apos; captions</source>
        <translation>Stega genom staplarna och rubrikerna ”källorna skiljer sig åt”</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Up, Down (chart focused)</source>
        <translation>Upp, Ned (diagrammet har fokus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First or last bar</source>
        <translation>Första eller sista stapeln</translation>
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
        <translation>Visa diagrammet som tabell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show as table button</source>
        <translation>Knappen ”Visa som tabell”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Daily operations</source>
        <translation>Dagliga operationer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous or next day</source>
        <translation>Föregående eller nästa dag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left, Right</source>
        <translation>Vänster, Höger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A week back or forward</source>
        <translation>En vecka bakåt eller framåt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Page Up, Page Down</source>
        <translation>Page Up, Page Down</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First or last day</source>
        <translation>Första eller sista dagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play or pause</source>
        <translation>Spela upp eller pausa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Space</source>
        <translation>Blanksteg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom the map in or out, fit it</source>
        <translation>Zooma in eller ut på kartan, anpassa den</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>+, −, 0 (map focused)</source>
        <translation>+, −, 0 (kartan har fokus)</translation>
    </message>
</context>
<context>
    <name>Side</name>
    <message>
        <location filename="../../app/views/common/wording.py" line="-63"/>
        <source>USSR</source>
        <extracomment>Sides, and who holds a hill (&quot;contested&quot; is a holder only; &quot;none&quot;: no one holds it, or the source names no side).</extracomment>
        <translation>Sovjetunionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japan</source>
        <translation>Japan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manchukuo</source>
        <translation>Manchukuo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mongolia (MPR)</source>
        <translation>Mongoliet (MFR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China</source>
        <translation>Kina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USSR and Mongolia</source>
        <translation>Sovjetunionen och Mongoliet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japan and Manchukuo</source>
        <translation>Japan och Manchukuo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contested</source>
        <translation>omstridd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no one</source>
        <translation>ingen</translation>
    </message>
</context>
<context>
    <name>SourceKind</name>
    <message>
        <location line="+83"/>
        <source>seed document</source>
        <extracomment>What a source is (sources.kind).</extracomment>
        <translation>grunddokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>book</source>
        <translation>bok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>document</source>
        <translation>dokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encyclopedia</source>
        <translation>uppslagsverk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>journal article</source>
        <translation>tidskriftsartikel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>newspaper article</source>
        <translation>tidningsartikel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>annat</translation>
    </message>
</context>
<context>
    <name>SourcesView</name>
    <message>
        <location filename="../../app/views/research/sources_page.py" line="+102"/>
        <source>Sources</source>
        <translation>Källor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full citation</source>
        <translation>Fullständig källhänvisning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows citing this source</source>
        <translation>Rader som hänvisar till denna källa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures where sources differ</source>
        <translation>Siffror där källorna skiljer sig åt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versions of the figure</source>
        <translation>Siffrans versioner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in force comparison</source>
        <translation>Visa i styrkejämförelsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All sources</source>
        <translation>Alla källor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources differ</source>
        <translation>Källorna skiljer sig åt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source lists</source>
        <translation>Källförteckningar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rows citing it</source>
        <translation>Rader som hänvisar till den</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Versions</source>
        <translation>Versioner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lowest</source>
        <translation>Lägst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest</source>
        <translation>Högst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>Skillnad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values and qualifiers</source>
        <translation>Värden och preciseringar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{n} rows cite this source</source>
        <translation>{n} rader hänvisar till denna källa</translation>
    </message>
</context>
<context>
    <name>Table</name>
    <message>
        <location filename="../../app/views/common/wording.py" line="+201"/>
        <source>Events</source>
        <extracomment>The data package&apos;s tables, as the overview and the index name them.</extracomment>
        <translation>Händelser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures</source>
        <translation>Siffror</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places</source>
        <translation>Platser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units</source>
        <translation>Förband</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>Källor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily positions</source>
        <translation>Dagliga ställningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily moves</source>
        <translation>Dagliga förflyttningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tour chapters</source>
        <translation>Rundturens kapitel</translation>
    </message>
</context>
<context>
    <name>TourView</name>
    <message>
        <location filename="../../app/views/tour/content.py" line="+91"/>
        <source>line {n}</source>
        <extracomment>Called as translate(&quot;TourView&quot;, &quot;literal&quot;) so that lupdate extracts each string in the tour page&apos;s context (it does not see through a wrapper such as tr(text)).</extracomment>
        <translation>rad {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lines {n}</source>
        <translation>rader {n}</translation>
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
        <translation>Kapitel {n}: {title}</translation>
    </message>
    <message>
        <location filename="../../app/views/tour/page.py" line="+33"/>
        <source>Incidents</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forces</source>
        <translation>Styrkor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Dagar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>◀ Back</source>
        <translation>◀ Tillbaka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous chapter</source>
        <translation>Föregående kapitel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next ▶</source>
        <translation>Nästa ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next chapter</source>
        <translation>Nästa kapitel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chapters</source>
        <translation>Kapitel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chapter text</source>
        <translation>Kapitlets text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chapter title</source>
        <translation>Kapitlets rubrik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What this chapter shows</source>
        <translation>Vad kapitlet visar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chapter&apos;s text and events</source>
        <translation>Kapitlets text och händelser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This data package has no guided tour.</source>
        <translation>Det här datapaketet har ingen guidad rundtur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A package brings one as a &apos;story&apos; table (story.csv): one row per chapter, with its text, day, events, figures and places.</source>
        <translation>Ett paket kan ha en i form av tabellen ”story” (story.csv): en rad per kapitel, med dess text, dag, händelser, siffror och platser.</translation>
    </message>
    <message>
        <location filename="../../app/views/tour/dots.py" line="+5"/>
        <location filename="../../app/views/tour/page.py" line="+96"/>
        <source>Chapter {n} of {total}</source>
        <translation>Kapitel {n} av {total}</translation>
    </message>
    <message>
        <location filename="../../app/views/tour/page.py" line="+10"/>
        <source>Explore from here: {view} ▸</source>
        <translation>Utforska vidare härifrån: {view} ▸</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explore from here in {view}</source>
        <translation>Utforska vidare härifrån i {view}</translation>
    </message>
    <message>
        <location filename="../../app/views/tour/shows.py" line="+87"/>
        <source>Events</source>
        <extracomment>What this panel lists of a chapter&apos;s content (the tour page has two panels).</extracomment>
        <translation>Händelser</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Figures</source>
        <translation>Siffror</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day}: the daily viewer shows it</source>
        <translation>{day}: dagsvyn visar den</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On the map</source>
        <translation>På kartan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source of this chapter</source>
        <translation>Kapitlets källa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not in this data</source>
        <translation>Finns inte i dessa data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chapter names rows this data package does not have: {ids}</source>
        <translation>Kapitlet nämner rader som det här datapaketet saknar: {ids}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{heading} — ≠ sources differ</source>
        <translation>{heading} — ≠ källorna skiljer sig åt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>highlighted in this chapter</source>
        <translation>framhävs i detta kapitel</translation>
    </message>
</context>
<context>
    <name>Unit</name>
    <message>
        <location filename="../../app/views/common/wording.py" line="-84"/>
        <source>people</source>
        <extracomment>Units follow a number (&quot;650 people&quot;), which Finnish puts in another case than a label.</extracomment>
        <translation>personer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pieces</source>
        <translation>st.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aircraft</source>
        <translation>flygplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sorties</source>
        <translation>flyguppdrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bombs</source>
        <translation>bomber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tanks</source>
        <translation>stridsvagnar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vehicles</source>
        <translation>fordon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ships</source>
        <translation>fartyg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trains</source>
        <translation>tåg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>units</source>
        <translation>förband</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>percent</source>
        <translation>procent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cases</source>
        <translation>fall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>awards</source>
        <translation>utmärkelser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>multiple or other measure</source>
        <translation>flera eller annat mått</translation>
    </message>
</context>
</TS>
