using System.Collections.Frozen;

namespace AllyBot.Rules.Language;

/// <summary>
/// The guesser's knowledge: the most frequent function words of each language it knows (written by us from general
/// knowledge of these languages, lower case) and which of those languages share each word.
/// </summary>
internal static class LanguageProfiles
{
    /// <summary>The languages, by index (at most 16).</summary>
    public static readonly string[] Languages = ["en", "de", "fr", "es", "nl", "it", "pt"];

    public const int En = 0, De = 1, Fr = 2, Es = 3, Nl = 4, It = 5, Pt = 6;

    private static readonly string[][] Words =
    [
        // en
        ["the", "and", "is", "are", "was", "were", "be", "been", "to", "of", "in", "on", "for", "with", "that", "this",
         "it", "you", "we", "they", "he", "she", "i", "me", "my", "our", "your", "their", "have", "has", "had", "do",
         "does", "did", "not", "but", "or", "if", "so", "what", "when", "where", "who", "why", "how", "can", "could",
         "would", "should", "will", "just", "all", "some", "any", "there", "here", "from", "at", "by", "about", "into",
         "than", "then", "them", "its", "it's", "i'm", "don't", "can't", "let's", "that's", "we're", "you're", "isn't",
         "thanks", "please", "yes", "today", "tomorrow", "everyone", "going", "get", "got", "need", "know", "think",
         "really", "very", "also", "more", "out", "an", "a", "as", "like", "work", "great", "which", "these", "those",
         "been", "being", "us", "him", "her", "his", "hers", "no", "up", "only", "because"],
        // de
        ["der", "die", "das", "und", "ist", "nicht", "ich", "du", "wir", "ihr", "sie", "es", "ein", "eine", "einen",
         "einem", "einer", "mit", "auf", "für", "von", "zu", "den", "dem", "des", "im", "ins", "am", "bei", "auch",
         "noch", "schon", "aber", "oder", "wenn", "dass", "wie", "was", "wer", "warum", "wo", "kann", "können", "muss",
         "müssen", "soll", "sollen", "wird", "werden", "war", "waren", "sind", "bin", "bist", "hat", "haben", "habe",
         "hast", "mal", "jetzt", "heute", "morgen", "bitte", "danke", "ja", "nein", "gut", "mehr", "sehr", "alle",
         "euch", "uns", "mir", "mich", "dich", "dir", "kein", "keine", "nur", "doch", "halt", "eigentlich", "gerade",
         "hier", "dann", "nach", "über", "unter", "vor", "zum", "zur", "leute", "hallo", "gemacht", "machen", "gibt",
         "geht", "weil", "sich", "sein", "seine", "man", "diese", "dieser", "dieses", "nochmal", "kurz", "also", "so",
         "an", "in", "will", "wieder", "ganz", "viel", "einfach", "gesagt", "euer", "unser", "unsere", "wäre", "hätte"],
        // fr
        ["le", "la", "les", "un", "une", "des", "du", "de", "et", "est", "sont", "être", "avoir", "je", "tu", "il",
         "elle", "nous", "vous", "ils", "elles", "ce", "cette", "ces", "qui", "que", "quoi", "pas", "ne", "plus", "pour",
         "dans", "sur", "avec", "mais", "ou", "où", "donc", "car", "au", "aux", "en", "on", "son", "sa", "ses", "leur",
         "mon", "ma", "mes", "ton", "très", "bien", "aussi", "fait", "faire", "tout", "tous", "toute", "comme", "merci",
         "bonjour", "salut", "oui", "non", "c'est", "j'ai", "aujourd'hui", "demain", "peut", "veux", "suis", "ça",
         "moi", "toi", "lui", "été", "était", "avait", "chez", "qu'il", "n'est", "d'un", "d'une", "l'équipe", "y"],
        // es
        ["el", "la", "los", "las", "un", "una", "unos", "y", "es", "son", "está", "están", "ser", "estar", "de", "del",
         "al", "en", "con", "por", "para", "que", "qué", "no", "sí", "pero", "o", "como", "cómo", "muy", "más", "ya",
         "también", "yo", "tú", "él", "ella", "nosotros", "ustedes", "ellos", "su", "sus", "mi", "mis", "tu", "lo",
         "le", "les", "se", "me", "te", "hay", "hola", "gracias", "bueno", "buenos", "días", "todo", "todos", "este",
         "esta", "eso", "esto", "cuando", "donde", "hoy", "mañana", "tiene", "tengo", "hacer", "puede", "porque",
         "equipo", "vamos", "sobre", "entre", "hasta"],
        // nl
        ["de", "het", "een", "en", "is", "zijn", "was", "waren", "ik", "jij", "je", "hij", "zij", "ze", "wij", "we",
         "jullie", "niet", "geen", "van", "in", "op", "met", "voor", "naar", "bij", "uit", "aan", "om", "dat", "die",
         "dit", "deze", "wat", "wie", "waar", "hoe", "waarom", "ook", "nog", "al", "maar", "of", "als", "dan", "er",
         "heb", "hebt", "heeft", "hebben", "kan", "kunnen", "moet", "moeten", "wil", "zal", "wordt", "worden", "goed",
         "graag", "bedankt", "dank", "hoi", "hallo", "vandaag", "morgen", "even", "wel", "heel", "veel", "mijn",
         "jouw", "ons", "onze", "hun", "zo", "nu", "echt", "allemaal", "iedereen", "jongens", "gaan", "gaat", "zou"],
        // it
        ["il", "lo", "la", "i", "gli", "le", "un", "uno", "una", "e", "è", "sono", "essere", "avere", "ho", "hai", "ha",
         "abbiamo", "di", "del", "della", "dei", "delle", "a", "al", "alla", "da", "in", "con", "su", "per", "tra",
         "fra", "che", "chi", "non", "ma", "o", "come", "perché", "quando", "dove", "anche", "più", "molto", "già",
         "ancora", "io", "tu", "lui", "lei", "noi", "voi", "loro", "mi", "ti", "ci", "si", "questo", "questa", "quello",
         "grazie", "ciao", "buongiorno", "sì", "oggi", "domani", "tutto", "tutti", "bene", "fatto", "fare", "può",
         "sempre", "squadra", "nel", "nella", "sul", "dal"],
        // pt
        ["o", "a", "os", "as", "um", "uma", "e", "é", "são", "está", "estão", "ser", "estar", "de", "do", "da", "dos",
         "das", "em", "no", "na", "nos", "nas", "com", "por", "para", "que", "não", "sim", "mas", "ou", "como", "muito",
         "mais", "já", "também", "eu", "tu", "você", "vocês", "ele", "ela", "nós", "eles", "elas", "seu", "sua", "meu",
         "minha", "se", "me", "te", "lhe", "isso", "isto", "este", "esta", "obrigado", "obrigada", "olá", "oi", "bom",
         "hoje", "amanhã", "tudo", "todos", "quando", "onde", "tem", "tenho", "fazer", "pode", "porque", "ao", "aos",
         "pelo", "pela", "equipe", "vamos"],
    ];

    /// <summary>Each known word and the languages (bit per index) that use it.</summary>
    public static readonly FrozenDictionary<string, ushort> WordLanguages = BuildWordLanguages();

    /// <summary>Fast lookup by span, no string allocated per word.</summary>
    public static readonly FrozenDictionary<string, ushort>.AlternateLookup<ReadOnlySpan<char>> ByWord =
        WordLanguages.GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenDictionary<string, ushort> BuildWordLanguages()
    {
        var masks = new Dictionary<string, ushort>(StringComparer.OrdinalIgnoreCase);
        for (var language = 0; language < Words.Length; language++)
        {
            foreach (var word in Words[language])
            {
                masks[word] = (ushort)(masks.GetValueOrDefault(word) | (1 << language));
            }
        }

        return masks.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
