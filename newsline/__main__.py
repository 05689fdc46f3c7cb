from newsline.cli import main

raise SystemExit(main())
