    /// <summary>/*@Synopsis@*/</summary>
/*@Attributes@*/
    public sealed class /*@ClassName@*/ : PcshCmdlet
    {
        static readonly CommandSpec Command = new CommandSpec(/*@SpecArguments@*/);

        protected override CommandSpec Spec { get { return Command; } }
/*@Parameters@*/
    }
