using System;

namespace Newswire.Extraction.Layout;

/// <summary>What an article's path says about it.</summary>
public static class ArticlePath
{
    /// <summary>The file name without folder and extension, the article's default id.</summary>
    public static string FileName(string path)
    {
        var slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        var name = path.Substring(slash + 1);
        var dot = name.LastIndexOf('.');
        return dot > 0 ? name.Substring(0, dot) : name;
    }
}
