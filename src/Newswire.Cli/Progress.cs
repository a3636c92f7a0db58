using System;
using System.IO;

namespace Newswire.Cli;

/// <summary>A one-line progress bar on stderr, drawn only when stderr is a terminal and the corpus is large.</summary>
internal sealed class Progress : IDisposable
{
    private const int MinimumFiles = 200;
    private readonly TextWriter _writer;
    private int _lastPercent = -1;
    private bool _drawn;

    private Progress(TextWriter writer) => _writer = writer;

    public static Progress? ForTerminal(TextWriter writer, int files) =>
        files >= MinimumFiles && !Console.IsErrorRedirected && ReferenceEquals(writer, Console.Error) ? new Progress(writer) : null;

    public void Report(int done, int total)
    {
        var percent = total == 0 ? 100 : (int)(done * 100L / total);
        if (percent == _lastPercent)
        {
            return;
        }

        _lastPercent = percent;
        var filled = percent / 4;
        _writer.Write("\r[" + new string('#', filled) + new string('.', 25 - filled) + "] " + percent + "% " + done + "/" + total + " articles");
        _drawn = true;
    }

    public void Dispose()
    {
        if (_drawn)
        {
            _writer.WriteLine();
            _drawn = false;
        }
    }
}
