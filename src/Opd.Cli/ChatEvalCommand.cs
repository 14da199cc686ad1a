using System.CommandLine;
using Opd.Core.Chat;

namespace Opd.Cli;

internal static class ChatEvalCommand
{
    public static Command Create()
    {
        var file = new Option<FileInfo?>("--corpus", "--file") { Description = "A corpus in the same format as the built-in one (default: the built-in corpus)." };
        var command = new Command("chat-eval", "How well the offline chat engine understands a corpus of utterances: accuracy per intent, and every miss.") { file };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file);
            if (path is not null && !path.Exists)
            {
                Console.Error.WriteLine($"There is no file {path.FullName}.");
                return ExitCodes.NotFound;
            }
            var result = CorpusEvaluation.Run(path is null ? CorpusEvaluation.BuiltIn() : File.ReadAllText(path.FullName));
            foreach (var (intent, (correct, total)) in result.ByIntent.OrderBy(x => x.Key))
                Console.WriteLine($"  {intent,-12} {correct,4} / {total,-4} {(double)correct / total,7:P1}");
            Console.WriteLine("By language:");
            foreach (var (language, (correct, total)) in result.ByLanguage.OrderBy(x => x.Key))
                Console.WriteLine($"  {language,-12} {correct,4} / {total,-4} {(double)correct / total,7:P1}");
            Console.WriteLine($"Overall: {result.Correct} / {result.Total} = {result.Accuracy:P1}");
            foreach (var miss in result.Misses)
                Console.WriteLine($"  miss: \"{miss.Text}\" expected {miss.Expected}, got {miss.Got}");
            return result.Accuracy >= 0.95 ? ExitCodes.Ok : ExitCodes.Failed;
        });
        return command;
    }
}
