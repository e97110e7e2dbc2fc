from lockstep_cli import main

main()
