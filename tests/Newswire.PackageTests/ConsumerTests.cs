using System;
using System.IO;
using System.IO.Compression;
using System.Linq;

namespace Newswire.PackageTests;

[Collection("package")]
public class ConsumerTests
{
    private const string Program = """
        using System;
        using System.Linq;
        using Consumer.News;

        Newswire.Article a = Articles.PutinVisitsRostovOnDonAndKazakhstan;
        Console.WriteLine("TITLE " + a.Title);
        Console.WriteLine("ARTICLES " + Articles.All.Count);
        Console.WriteLine("PARAGRAPHS " + a.Paragraphs.Count);
        Console.WriteLine("ACTORS " + Actors.All.Count);
        Console.WriteLine("PARSE " + Newswire.Article.Parse(a.Text, "again.txt").Title);
        """;

    private readonly PackageFixture _fixture;

    public ConsumerTests(PackageFixture fixture) => _fixture = fixture;

    private string Project(string targetFramework, string items, string outputType = "Exe") => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>{outputType}</OutputType>
            <TargetFramework>{targetFramework}</TargetFramework>
            <RootNamespace>Consumer</RootNamespace>
            <Nullable>enable</Nullable>
            <ImplicitUsings>disable</ImplicitUsings>
            <GenerateDocumentationFile>true</GenerateDocumentationFile>
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="Newswire" Version="{_fixture.Version}" />
            {items}
          </ItemGroup>
        </Project>
        """;

    private void AssertRuns(string dir)
    {
        var run = _fixture.Run(dir, "dotnet", "run -c Release");
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("TITLE Putin Visits Rostov-on-Don and Kazakhstan in a Flagship Run of Diplomatic and Military Engagements", run.Output);
        Assert.Contains("ARTICLES 2", run.Output);
        Assert.Contains("PARAGRAPHS 7", run.Output);
        Assert.Contains("PARSE Putin Visits Rostov-on-Don", run.Output);
    }

    [Fact]
    public void ArticleItem_Net10Consumer_BuildsWarningFreeAndRuns()
    {
        var dir = _fixture.NewConsumer("article-net10");
        File.WriteAllText(Path.Combine(dir, "Consumer.csproj"), Project("net10.0", """<Article Include="news/**/*.txt" />"""));
        File.WriteAllText(Path.Combine(dir, "Program.cs"), Program);
        AssertRuns(dir);
    }

    [Fact]
    public void PlainAdditionalFiles_Net8Consumer_BuildsWarningFreeAndRuns()
    {
        var dir = _fixture.NewConsumer("additionalfiles-net8");
        File.WriteAllText(Path.Combine(dir, "Consumer.csproj"), Project("net8.0", """<AdditionalFiles Include="news/*.txt" />"""));
        File.WriteAllText(Path.Combine(dir, "Program.cs"), Program);
        AssertRuns(dir);
    }

    [Fact]
    public void NetStandard20Library_AtCSharp73_Builds()
    {
        var dir = _fixture.NewConsumer("library-netstandard2.0");
        File.WriteAllText(Path.Combine(dir, "Consumer.csproj"), Project("netstandard2.0", """<Article Include="news/**/*.txt" />""", "Library").Replace("<Nullable>enable</Nullable>", "<LangVersion>7.3</LangVersion>"));
        File.WriteAllText(Path.Combine(dir, "Use.cs"), """
            namespace Consumer
            {
                /// <summary>Uses the dataset.</summary>
                public static class Use
                {
                    /// <summary>The first headline.</summary>
                    public static string Title() { return News.Articles.PutinVisitsRostovOnDonAndKazakhstan.Title; }
                }
            }
            """);
        var build = _fixture.Run(dir, "dotnet", "build -c Release");
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Contains("0 Warning(s)", build.Output);
    }

    [Fact]
    public void OptOutMetadata_KeepsATextFileOutOfTheDataset()
    {
        var dir = _fixture.NewConsumer("optout");
        File.WriteAllText(Path.Combine(dir, "notes.txt"), "Internal notes, not an article");
        File.WriteAllText(Path.Combine(dir, "Consumer.csproj"), Project("net10.0", """
            <AdditionalFiles Include="news/*.txt" />
            <AdditionalFiles Include="notes.txt" NewswireArticle="false" />
            """));
        File.WriteAllText(Path.Combine(dir, "Program.cs"), Program);
        AssertRuns(dir); // ARTICLES 2: notes.txt is not an article
    }

    [Fact]
    public void MissingArticle_IsACompileErrorInTheConsumer()
    {
        var dir = _fixture.NewConsumer("missing-article");
        File.Delete(Directory.GetFiles(Path.Combine(dir, "news"), "000_*.txt").Single());
        File.WriteAllText(Path.Combine(dir, "Consumer.csproj"), Project("net10.0", """<Article Include="news/**/*.txt" />"""));
        File.WriteAllText(Path.Combine(dir, "Program.cs"), Program);
        var build = _fixture.Run(dir, "dotnet", "build -c Release");
        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("error CS0117", build.Output); // 'Articles' does not contain a definition for 'PutinVisits...'
        Assert.Contains("PutinVisitsRostovOnDonAndKazakhstan", build.Output);
    }

    [Fact]
    public void EditorConfig_RaisesADiagnosticToAnErrorWithFileLineAndColumn()
    {
        var dir = _fixture.NewConsumer("editorconfig");
        File.WriteAllText(Path.Combine(dir, "news", "bad.txt"), "---\nid: bad\nHeadline without a closing fence\n\nBody.");
        File.WriteAllText(Path.Combine(dir, ".editorconfig"), "root = true\n\n[*]\ndotnet_diagnostic.NEWS003.severity = error\n");
        File.WriteAllText(Path.Combine(dir, "Consumer.csproj"), Project("net10.0", """<Article Include="news/**/*.txt" />"""));
        File.WriteAllText(Path.Combine(dir, "Program.cs"), Program);
        var build = _fixture.Run(dir, "dotnet", "build -c Release");
        Assert.NotEqual(0, build.ExitCode);
        Assert.Matches(@"news[/\\]bad\.txt\(1,1\): error NEWS003: Front matter opened on line 1 is never closed", build.Output);
    }

    [Fact]
    public void CliTool_InstallsFromThePackedFolderAndRuns()
    {
        var tools = Path.Combine(_fixture.Root, "tools");
        var install = _fixture.Run(_fixture.Root, "dotnet", $"tool install Newswire.Cli --tool-path \"{tools}\" --add-source \"{_fixture.Feed}\" --version {_fixture.Version}");
        Assert.True(install.ExitCode == 0, install.Output);
        var stats = _fixture.Run(_fixture.Root, Path.Combine(tools, "newswire"), $"stats \"{PackageFixture.SeedsDir}\"");
        Assert.True(stats.ExitCode == 0, stats.Output);
        Assert.Contains("articles   2", stats.Output);
    }

    [Fact]
    public void Package_HasReadmeDocsAnalyzerAndBuildFiles()
    {
        using var zip = ZipFile.OpenRead(Path.Combine(_fixture.Feed, $"Newswire.{_fixture.Version}.nupkg"));
        var names = zip.Entries.Select(e => e.FullName).ToHashSet();
        foreach (var expected in new[]
        {
            "README.md", "analyzers/dotnet/cs/Newswire.Generators.dll", "analyzers/dotnet/cs/Newswire.Extraction.dll",
            "lib/netstandard2.0/Newswire.dll", "lib/netstandard2.0/Newswire.xml", "lib/netstandard2.0/Newswire.Extraction.dll",
            "buildTransitive/Newswire.props", "buildTransitive/Newswire.targets", "build/Newswire.targets",
        })
        {
            Assert.Contains(expected, names);
        }

        // The engine carries the tagger model and the gazetteer: one copy for the generator, one for the runtime.
        Assert.Equal(2, names.Count(n => n.EndsWith("/Newswire.Extraction.dll", StringComparison.Ordinal)));
    }

    [Fact]
    public void AnalyzerCopyOfTheCore_IsOptimizedOnFirstCall_LibraryCopyIsTiered()
    {
        // The generator runs in a fresh compiler process per build; its copy of the core skips tiered compilation
        // for per-article code. The runtime copy keeps tiering (faster once warm).
        using var zip = ZipFile.OpenRead(Path.Combine(_fixture.Feed, $"Newswire.{_fixture.Version}.nupkg"));
        Assert.True(IsOptimizedOnFirstCall(zip, "analyzers/dotnet/cs/Newswire.Extraction.dll", "Tokenize"));
        Assert.False(IsOptimizedOnFirstCall(zip, "lib/netstandard2.0/Newswire.Extraction.dll", "Tokenize"));
    }

    private static bool IsOptimizedOnFirstCall(ZipArchive zip, string entry, string method)
    {
        using var stream = new MemoryStream();
        using (var source = zip.GetEntry(entry)!.Open())
        {
            source.CopyTo(stream);
        }

        stream.Position = 0;
        using var pe = new System.Reflection.PortableExecutable.PEReader(stream);
        var md = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
        var flags = md.MethodDefinitions.Select(h => md.GetMethodDefinition(h)).Where(m => md.GetString(m.Name) == method).Select(m => m.ImplAttributes).ToList();
        Assert.NotEmpty(flags);
        return flags.All(f => f.HasFlag(System.Reflection.MethodImplAttributes.AggressiveOptimization));
    }
}
