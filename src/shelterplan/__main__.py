from shelterplan.cli import main

raise SystemExit(main())
