namespace Stage.Bench;

/// <summary>Progress on standard error, so that standard output carries only the results table.</summary>
public static class Log
{
    public static void Step(string message) => Console.Error.WriteLine($"\u001b[1mbench:\u001b[0m {message}");

    public static void Warn(string message) => Console.Error.WriteLine($"\u001b[33mbench: {message}\u001b[0m");

    public static void Fail(string message) => Console.Error.WriteLine($"\u001b[31mbench: {message}\u001b[0m");
}
