using System;

namespace Newswire.Extraction.Layout;

/// <summary>
/// News agencies a wire story names in its dateline ("RIVERTON, May 4 (Agency) - ..."): when no outlet line or
/// front matter says otherwise, the agency is the story's outlet. Data only; matched whole, ignoring case.
/// </summary>
internal static class WireAgencies
{
    // Short names as datelines write them, then the long forms some outlets print in full.
    private static readonly string[] Names =
    {
        "Reuters", "AP", "AFP", "Xinhua", "Anadolu", "PTI", "IANS", "ANI", "UNI", "Kyodo", "Jiji", "Yonhap", "EFE", "dpa",
        "ANSA", "Bernama", "Antara", "PNA", "VNA", "TNA", "Tass", "RIA", "RIA Novosti", "Interfax", "Ukrinform", "UNIAN",
        "BelTA", "Kazinform", "KUNA", "WAM", "SPA", "QNA", "BNA", "ONA", "MENA", "SANA", "IRNA", "ISNA", "Petra", "APS",
        "MAP", "TAP", "NAN", "KNA", "ENA", "SUNA", "LANA", "APP", "BSS", "RSS", "AAP", "CP", "UPI", "Lusa", "Europa Press",
        "ANP", "Belga", "APA", "PAP", "CTK", "MTI", "Agerpres", "BTA", "Hina", "Tanjug", "Prensa Latina", "Notimex",
        "Telam", "CNA", "KCNA", "Bloomberg", "Dow Jones", "Associated Press", "Agence France-Presse", "Agence France Presse",
        "Press Trust of India", "Indo-Asian News Service", "Anadolu Agency", "Kyodo News", "Yonhap News Agency",
        "Xinhua News Agency", "Deutsche Presse-Agentur", "Saudi Press Agency", "Emirates News Agency", "Kuwait News Agency",
        "Algerie Presse Service", "Maghreb Arabe Presse", "News Agency of Nigeria", "Kenya News Agency", "Canadian Press",
        "Australian Associated Press", "United Press International", "Thomson Reuters Foundation",
        "AKIpress", "Kabar", "Trend", "Azertac", "Armenpress", "Sputnik", "TASR", "STA", "HINA", "Moldpres", "IPN",
        "Interpressnews", "UNB", "Pajhwok", "Bakhtar", "Fars", "Tasnim", "Mehr", "IRIB", "NNA", "GNA", "Ghana News Agency",
        "AIP", "ACP", "Andina", "ABI", "Agencia Brasil", "Agência Brasil", "AGI", "Adnkronos", "PA Media",
        "Press Association", "NHK", "Central News Agency", "Philippine News Agency", "Vietnam News Agency", "KPL", "AKP",
        "Inter Press Service", "IPS", "Anatolia", "Kazakhstan Today", "Trend News Agency", "AA", "WAFA", "Saba", "Télam",
        "Jiji Press", "RNZ", "CNN",
    };

    /// <summary>Whether text[start, start + length) is a known agency name.</summary>
    public static bool IsAgency(string text, int start, int length)
    {
        foreach (var name in Names)
        {
            if (name.Length == length && string.Compare(text, start, name, 0, length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }
        }

        return false;
    }
}
