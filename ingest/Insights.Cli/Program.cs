using Insights.Cli;

return BilingualParse.Invoke(InsightsCommand.Create(), args, Console.Error);
