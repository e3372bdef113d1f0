package org.talksbot.search;

import java.util.List;

/**
 * Armenian words of asking, dates and the subjects of the talks, as the English words the reader and the
 * texts use; the format is {@link RussianWords}'. Query understanding only: nothing here is shown as a fact.
 */
final class ArmenianWords {

    static final List<String> ENTRIES = List.of(
            // asking
            "ով|ովքեր|ում=who", "ինչ|ինչը|ինչի|ինչո=what", "երբ=when", "որտեղ|ուր=where",
            "քանի|քանիսն|որքան|ինչքան=how many", "որ|որը|որոնք|որ մի=which", "ինչու=why", "ինչպես=how",
            "է|են|էր|էին=", "եղել է=was", "արդյոք=", "թ=", "ին=", "ից=", "րդ=", "ի=", "ը=", "էլ=", "դեռ=still",
            "ասա|ասեք|պատմիր|պատմեք|ցույց տուր=tell", "խնդրում եմ=please", "այս|այդ|այն=this",
            // saying
            "ասել|ասաց|ասացին|ասում|ասել է|հայտարարել|հայտարարեց|հայտարարություն|հայտարարությունը|"
                    + "մեջբերում|մեջբերումներ|արձագանքել|արձագանքը|արձագանք|կարծիք|դիրքորոշում|գրել|նշել|նշեց=say",
            // the kinds of answer
            "վերջին|նոր|նորագույն|թարմ=latest", "նորություններ|նորությունները|նորություն=news",
            "հիմա|այժմ|այսօր=now", "երեկ=yesterday",
            "տեղի ունեցել|տեղի է ունեցել|տեղի ունեցավ|եղավ|պատահել|պատահեց|իրադարձություն|իրադարձություններ=happened",
            "միջնորդ|միջնորդել|միջնորդներ|միջնորդությամբ|միջնորդություն|միջնորդեց=mediated",
            "գին|արժե|արժի|արժեք=cost", "տոմս|տոմսը=ticket", "եղանակ|եղանակը=weather", "ֆուտբոլ|ֆուտբոլի=football", "աշխարհի|աշխարհ=world", "առաջնություն|առաջնությունում=championship", "հաղթել|հաղթեց=won", "բնակչություն=population",
            "հյուրընկալել|հյուրընկալեց|կազմակերպել=hosted", "կարգավիճակ|իրավիճակ|վիճակ=status",
            "բաց|բացվել|բացել|բացված=open", "փակ|փակվել|փակել|փակված=closed", "արգելափակված=blocked",
            "ստորագրվել|ստորագրել|ստորագրեցին|ստորագրված|ստորագրում=signed", "վավերացվել|վավերացրել=ratified",
            "լուծարվել|լուծարել|լուծարում|լուծարվեց=dissolved",
            "նախաստորագրվել|նախաստորագրել|նախաստորագրեցին|նախաստորագրում=initialled", "թիվ|քանակ=number",
            // dates
            "հունվար=january", "փետրվար=february", "մարտ=march", "ապրիլ=april", "մայիս=may", "հունիս=june",
            "հուլիս=july", "օգոստոս=august", "սեպտեմբեր=september", "հոկտեմբեր=october", "նոյեմբեր=november",
            "դեկտեմբեր=december", "տարի|տարում|տարվա|թվական|թվականին|թվականի|թվականից=year", "ամիս|ամսին=month",
            "անցյալ տարի|նախորդ տարի|անցած տարի=last year", "այս տարի|այս տարվա=this year",
            "անցյալ ամիս=last month", "այս ամիս=this month", "անցյալ|նախորդ=last",
            "հետո|ի վեր=after", "մինչև|մինչեւ=before",
            // postpositions and small words
            "մասին|վերաբերյալ|շուրջ=about", "և|եւ|ու=and", "կամ=or", "հետ=with", "միջեւ|միջև=between", "համար=for",
            "մեջ=in", "դեմ=against",
            // the subjects
            "խաղաղության|խաղաղություն|խաղաղ=peace", "պայմանագիր|պայմանագրի|պայմանագիրը=treaty",
            "համաձայնագիր|համաձայնագրի|համաձայնություն=agreement", "բանակցություններ|բանակցություն=talks",
            "հանդիպում|հանդիպումը|հանդիպման=meeting", "գագաթնաժողով=summit", "միջանցք=corridor",
            "շրջափակում=blockade", "սահման|սահմանի|սահմանային=border", "սահմանազատում=delimitation",
            "սահմանագծում=demarcation", "գերի|գերիներ|ռազմագերիներ=prisoners", "կալանավորներ|ձերբակալվածներ=detainees",
            "փոխանակում=exchange", "ազատում|ազատ արձակել|ազատ արձակում|վերադարձ|վերադարձրել=released",
            "փախստական|փախստականներ=refugees", "լքել|լքեցին|հեռացել|հեռացան|արտագաղթ|տեղահանում=left",
            "մարդ|մարդիկ|բնակիչներ|բնակչություն=people", "հայեր|հայ=armenian", "զոհ|զոհեր|զոհվել|սպանվել=killed",
            "զինվոր|զինվորներ|զինծառայողներ=soldiers", "հրադադար=ceasefire", "խաղաղապահ|խաղաղապահներ=peacekeepers",
            "դիտորդ|դիտորդներ|դիտարկում=observers", "առաքելություն=mission",
            "եմ առաքելություն=eu mission", "դուրսբերում|դուրս բերում|հեռացում=withdrawal",
            "հարձակում|հարձակումը|գործողություն|ագրեսիա=offensive", "բախում|բախումներ|էսկալացիա=clashes",
            "պատերազմ=war", "սահմանադրություն=constitution", "հանրաքվե=referendum", "հռչակագիր=declaration",
            "դատարան=court", "միջազգային=international", "մարդասիրական|հումանիտար=humanitarian", "օգնություն=aid",
            "տրանսպորտ|հաղորդակցություններ|ապաշրջափակում=transport", "երկաթուղի|երկաթգիծ=railway",
            "ճանապարհ=road", "առեւտուր|առևտուր=trade", "տարանցում|տրանզիտ=transit", "բեռներ=cargo",
            "վառելիք|բենզին=fuel", "խմբաքանակ|առաքում=shipment", "առաջին=first", "բողոք|բողոքի ակցիա|ցույց=protests",
            "ճանաչում|ճանաչել=recognize", "ամբողջականություն=integrity", "տարածքային=territorial",
            "որոշում=ruling", "որոշել|որոշեց=decided", "գործընթաց=process", "աշխատանք|աշխատել=work",
            "սկսվել|սկսել|սկսեց|սկսվեց=began", "խումբ=group", "ԱԳՆ=mfa", "արտաքին գործերի նախարարություն=foreign ministry",
            "արտգործնախարար|արտաքին գործերի նախարար=foreign minister", "նախարար=minister",
            "վարչապետ=prime minister", "նախագահ=president", "պետքարտուղար=secretary of state",
            "խոսնակ=spokesperson", "առաջնորդ|առաջնորդներ|ղեկավարներ=leaders",
            "եմ|եվրամիություն|եվրոպական միություն=eu", "մակ|միավորված ազգերի կազմակերպություն=un", "եահկ=osce",
            "ամն=us", "ռուսաստան=russia", "ռուսական|ռուս=russian", "հայաստան=armenia", "ադրբեջան=azerbaijan",
            "ադրբեջանական=azerbaijani",
            // places and people the curated aliases spell only in Latin letters
            "պրահա=prague", "մյունխեն=munich", "բրյուսել=brussels", "վաշինգտոն=washington", "սոչի=sochi",
            "մոսկվա=moscow", "տիրանա=tirana", "աբու դաբի=abu dhabi", "գրանադա=granada", "բեռլին=berlin",
            "նյու յորք=new york", "հաագա=hague", "գաբալա=gabala", "երեւան|երևան=yerevan", "բաքու=baku",
            "վրաստան=georgia", "ղազախստան=kazakhstan", "աստանա=astana", "ալմաթի=almaty", "շոլց=scholz",
            "թրամփ|տրամփ=trump", "ռուբիո=rubio", "բորել=borrell", "կալլաս=kallas", "բերբոկ=baerbock",
            "գուտերեշ=guterres", "զախարովա=zakharova", "պեսկով=peskov", "լավրով=lavrov");

    private ArmenianWords() {
    }
}
