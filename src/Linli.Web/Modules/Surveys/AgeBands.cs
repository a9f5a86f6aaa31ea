namespace Linli.Web.Modules.Surveys;

/// <summary>The age bands survey results are tallied in (seed 002 tallies its 119 questionnaires this way); 60+ split finely, as elder care needs.</summary>
public static class AgeBands
{
    public static readonly IReadOnlyList<string> All = ["0-17", "18-34", "35-59", "60-69", "70-79", "80+"];

    public static string Of(int age) => age switch
    {
        < 18 => "0-17",
        < 35 => "18-34",
        < 60 => "35-59",
        < 70 => "60-69",
        < 80 => "70-79",
        _ => "80+",
    };
}
