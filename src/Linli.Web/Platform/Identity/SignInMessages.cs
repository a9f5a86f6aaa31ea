namespace Linli.Web.Platform.Identity;

/// <summary>What a refused sign-in tells the person, the same on the page and from the API.</summary>
public static class SignInMessages
{
    public static string For(SignInOutcome outcome) => outcome switch
    {
        SignInOutcome.Throttled => "SignIn.Throttled",
        SignInOutcome.Disabled => "SignIn.Disabled",
        _ => "SignIn.Failed",
    };
}
